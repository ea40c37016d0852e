// The rule a new password meets: at least 12 characters, and not one a strength estimator scores weak.
import { invalid } from '../../lib/errors.ts';

export const PASSWORD_MIN_LENGTH = 12;
/** zxcvbn's scale is 0 (guessable in a few tries) to 4; below 3 is refused. */
const MIN_SCORE = 3;

type Check = (
  password: string,
  userInputs: string[],
) => { score: number; warning: string | null; suggestions: string[] };

let estimator: Promise<Check> | undefined;

/**
 * The estimator and its dictionaries (a few MB) load on the first password set or changed, never at
 * start and never on sign-in: a password is checked only when it is chosen.
 */
function loadEstimator(): Promise<Check> {
  estimator ??= (async () => {
    const [{ ZxcvbnFactory }, common, en] = await Promise.all([
      import('@zxcvbn-ts/core'),
      import('@zxcvbn-ts/language-common'),
      import('@zxcvbn-ts/language-en'),
    ]);
    const zxcvbn = new ZxcvbnFactory({
      translations: en.translations,
      graphs: common.adjacencyGraphs,
      dictionary: { ...common.dictionary, ...en.dictionary },
    });
    return (password, userInputs) => {
      const result = zxcvbn.check(password, userInputs);
      return {
        score: result.score,
        warning: result.feedback.warning,
        suggestions: result.feedback.suggestions,
      };
    };
  })();
  return estimator;
}

/**
 * Refuses a password that is too short or that the estimator scores weak (400 naming `field`, with the
 * estimator's reason). `about`: the user's email, name and slug, which make a password weaker when it contains them.
 */
export async function checkPasswordStrength(
  password: string,
  about: string[],
  field = 'password',
): Promise<void> {
  if (password.length < PASSWORD_MIN_LENGTH)
    throw invalid(`${field}: must be at least ${PASSWORD_MIN_LENGTH} characters.`);
  const check = await loadEstimator();
  const inputs = about.flatMap((value) => [value, ...value.split(/[@.\s_-]+/)]).filter((v) => v.length >= 3);
  const { score, warning, suggestions } = check(password.slice(0, 256), inputs);
  if (score >= MIN_SCORE) return;
  const reason = [warning, ...suggestions].filter(Boolean).join(' ');
  throw invalid(
    `${field}: too easy to guess${reason ? ` (${reason.replace(/\.?$/, '')})` : ''}. A few uncommon words together make a strong password.`,
  );
}
