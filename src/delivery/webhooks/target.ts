import { BlockList, isIP } from 'node:net'

import type { NewsroomTranslations } from '../../i18n'

/** Loopback, private, link-local, carrier-grade NAT, multicast and reserved ranges, and IPv4 mapped into IPv6. */
const internalRanges = new BlockList()
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const) {
  internalRanges.addSubnet(network, prefix, 'ipv4')
}
for (const [network, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['::ffff:0:0', 96],
  ['64:ff9b::', 96],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const) {
  internalRanges.addSubnet(network, prefix, 'ipv6')
}

export const isInternalAddress = (address: string): boolean => {
  const family = isIP(address)
  return family === 0 ? false : internalRanges.check(address, family === 4 ? 'ipv4' : 'ipv6')
}

/** The key of each reason a receiver URL is refused: the translations' `messages:delivery:target` entries. */
export type WebhookUrlProblem =
  `messages:delivery:target:${Extract<keyof NewsroomTranslations['messages']['delivery']['target'], string>}`

const internalNames = /(^|\.)(localhost|local|internal|localdomain)$/i

/**
 * Why a receiver URL is refused, as a translation key (the admin says it in its reader's language, the sender in
 * both), or null when it is fine: http(s) only, and (unless private targets are allowed) no host that names this
 * machine or a private network. Names that merely resolve to such an address are caught when the delivery connects
 * (./send.ts).
 */
export const webhookUrlProblem = (
  value: string,
  { allowPrivate }: { allowPrivate: boolean },
): WebhookUrlProblem | null => {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return 'messages:delivery:target:webhookUrlIsNot'
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'messages:delivery:target:webhookUrlMustStart'
  if (allowPrivate) return null
  const host = url.hostname.replace(/^\[|\]$/g, '')
  if (internalNames.test(host) || isInternalAddress(host)) {
    return 'messages:delivery:target:webhookUrlPointsTo'
  }
  return null
}
