/**
 * Payload checks that related documents exist only for relationship fields that have `filterOptions`; without it an
 * unknown id reaches the database (a foreign-key 500 on SQLite, a dangling reference on MongoDB). A filter that
 * admits every document turns that existence check on.
 */
export const mustExist = (): true => true
