import type { Access } from 'payload'

/** Closed to every API caller, admins included; trusted server code writes with overrideAccess. */
export const nobody: Access = () => false
