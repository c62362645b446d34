/**
 * Serialises a response with plain JSON.stringify instead of re-validating it against its zod
 * schema. For large public reads of data that was validated when it was written (catalogue
 * guides and forms), where output validation costs more than the rest of the request. The
 * schema still documents the response in OpenAPI. Never use it where the schema's job is to
 * strip fields that must not leak.
 */
export const trustedJson = () => (data: unknown) => JSON.stringify(data);
