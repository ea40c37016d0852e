// Response serializers built on a route's first answer with each status, instead of for every route as the server starts.
import { SerializerSelector } from '@fastify/fast-json-stringify-compiler';

type SerializerFactory = ReturnType<typeof SerializerSelector>;

const eager: SerializerFactory = SerializerSelector();

/**
 * Fastify's own serializer factory (fast-json-stringify, with the shared schemas), deferred: Fastify asks
 * for a serializer per route and declared status when it starts, and generating each one's code was, with
 * the validators, most of the time to start. Most are never used by a given process (error statuses,
 * administration routes); those that are cost their compilation once, on first use.
 */
export const lazySerializers: SerializerFactory = (externalSchemas, options) => {
  const compile = eager(externalSchemas, options);
  return (route) => {
    let serialize: ((doc: unknown) => string) | undefined;
    return (doc: unknown) => {
      serialize ??= compile(route);
      return serialize(doc);
    };
  };
};
