import { basename, extname, resolve } from 'node:path';
import { hashText, importChat, parseChatLog } from '@handoff/core';
import type { ImportFormat } from './import-format.ts';

/** Conversation logs (`{ name?, role, content }` messages): one workflow per conversation. */
export const chatFormat: ImportFormat = {
  extensions: ['.json', '.jsonl'],
  convert(text, { file, startedAt }) {
    const conversations = parseChatLog(text, file);
    const stem = basename(file, extname(file));
    return conversations.map((conversation) => {
      const name = conversations.length > 1 ? `${stem}:${conversation.line}` : stem;
      const workflowId = `${stem}-${hashText(`${resolve(file)}\u0000${conversation.line ?? ''}`).slice(0, 8)}`;
      return importChat(conversation, { workflowId, name, startedAt });
    });
  },
};
