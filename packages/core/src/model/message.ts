import { z } from 'zod';

export const MessageRoleSchema = z.enum(['system', 'user', 'assistant', 'tool']);
export type MessageRole = z.infer<typeof MessageRoleSchema>;

export const ToolCallRequestSchema = z.object({
  id: z.string().optional(),
  name: z.string(),
  args: z.unknown(),
});
export type ToolCallRequest = z.infer<typeof ToolCallRequestSchema>;

/** One message as an agent saw or produced it, framework-neutral. */
export const MessageSchema = z.object({
  role: MessageRoleSchema,
  /** Plain text of the message (text parts joined); reasoning is kept apart. */
  content: z.string(),
  name: z.string().optional(),
  reasoning: z.string().optional(),
  toolCalls: z.array(ToolCallRequestSchema).optional(),
  toolCallId: z.string().optional(),
});
export type Message = z.infer<typeof MessageSchema>;

export const UsageSchema = z.object({
  inputTokens: z.number().optional(),
  outputTokens: z.number().optional(),
  reasoningTokens: z.number().optional(),
  cachedInputTokens: z.number().optional(),
  totalTokens: z.number().optional(),
});
export type Usage = z.infer<typeof UsageSchema>;

export const ErrorInfoSchema = z.object({
  name: z.string(),
  message: z.string(),
  stack: z.string().optional(),
  /** Where the error came from: the turn itself, a tool, a model call, a timeout. */
  source: z.enum(['turn', 'tool', 'model', 'timeout', 'workflow']).optional(),
});
export type ErrorInfo = z.infer<typeof ErrorInfoSchema>;
