/** Text decoding shared by the readers. Browser-safe. */

/**
 * A decoder for a text file's bytes by its byte order mark: UTF-16 (as Windows tools write) when
 * it starts with FF FE or FE FF, else UTF-8 (whose BOM the decoder drops). Undecodable bytes
 * become U+FFFD rather than an error: they can only be in labels, never in numbers we read.
 */
export function textDecoderFor(head: Uint8Array): TextDecoder {
  if (head[0] === 0xff && head[1] === 0xfe) return new TextDecoder('utf-16le');
  if (head[0] === 0xfe && head[1] === 0xff) return new TextDecoder('utf-16be');
  return new TextDecoder('utf-8');
}
