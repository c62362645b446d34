/** The keys every test installation runs with (a fixed DATA_KEY opens a template's sealed keys). */
export const TEST_KEYS = {
  DATA_KEY: '11'.repeat(32),
  BLIND_INDEX_KEY: '22'.repeat(32),
  AUDIT_SIGNING_KEY: '3945208f7b2144b13f36e38ac6d39f95889393692860b51a42fb81ef4df7c5b8',
};
