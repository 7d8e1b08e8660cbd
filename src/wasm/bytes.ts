/**
 * The kernels' module bytes, from the generated file (scripts/build-wasm.mjs). The import is
 * dynamic and tolerant so that a checkout that has not run `npm run build:wasm` still
 * typechecks and runs, on the TypeScript kernels.
 */
let base64: string | null = null;
let sharedBase64: string | null = null;
try {
  // A literal specifier so bundlers include the module. @ts-ignore, not @ts-expect-error: the
  // file exists after `npm run build:wasm` and is absent in a fresh checkout (TypeScript kernels then).
  // eslint-disable-next-line @typescript-eslint/ban-ts-comment
  // @ts-ignore
  const generated = (await import('./kernels.generated.js')) as { KERNELS_WASM_BASE64?: unknown; KERNELS_SHARED_WASM_BASE64?: unknown };
  if (typeof generated.KERNELS_WASM_BASE64 === 'string') base64 = generated.KERNELS_WASM_BASE64;
  if (typeof generated.KERNELS_SHARED_WASM_BASE64 === 'string') sharedBase64 = generated.KERNELS_SHARED_WASM_BASE64;
} catch {
  base64 = null;
}

/** Decodes base64 without Buffer or atob-only assumptions (atob exists in Node >= 16 and browsers). */
function decode(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** The module's bytes, or null when the generated file is missing. */
export function kernelBytes(): Uint8Array<ArrayBuffer> | null {
  return base64 === null ? null : decode(base64);
}

/** The shared-memory variant's bytes (it imports `env.memory`, shared), or null when missing. */
export function sharedKernelBytes(): Uint8Array<ArrayBuffer> | null {
  return sharedBase64 === null ? null : decode(sharedBase64);
}
