export * from './types'
export * from './labels'
export * from './table'
export * from './guard'
