import type { Part } from '@a2a-js/sdk';
import { textOf } from '@handoff/core';

/** The readable text of A2A parts: text as is, data as JSON, files by their URL or name. */
export function partsText(parts: readonly Part[] | undefined): string {
  const texts: string[] = [];
  for (const part of parts ?? []) {
    const content = part.content;
    if (!content) continue;
    if (content.$case === 'text' || content.$case === 'url') texts.push(content.value);
    else if (content.$case === 'data') texts.push(textOf(content.value));
    else texts.push(`[file ${part.filename || part.mediaType || 'bytes'}]`);
  }
  return texts.join('\n');
}
