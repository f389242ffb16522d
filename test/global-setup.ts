/** Stamps this Jest run so test files share one production build (test/helpers/production-build.ts). */
export default function globalSetup(): void {
  process.env.KVM_TEST_RUN = `${Date.now()}-${process.pid}`;
}
