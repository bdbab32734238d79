/** An agent name compared loosely: case, spaces, dashes and underscores aside (`Customs Broker` = `customs_broker`). */
export function agentKey(name: string): string {
  return name.toLowerCase().replace(/[\s_-]+/g, '_');
}
