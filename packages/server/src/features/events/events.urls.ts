// The one place event webhooks ask whether a URL may receive deliveries: the site's outbound-URL policy.
import { secureUrlProblem } from '../../lib/urls.ts';

/** Why `url` may not receive webhooks; undefined when it may. */
export const outboundUrlProblem = (url: string): string | undefined => secureUrlProblem(url);
