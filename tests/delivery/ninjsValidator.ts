import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import Ajv2020 from 'ajv/dist/2020'
import addFormats from 'ajv-formats'

const vendored = (name: string): unknown =>
  JSON.parse(readFileSync(fileURLToPath(new URL(`../fixtures/ninjs/${name}`, import.meta.url)), 'utf8'))

/** IPTC's official ninjs 3.2 example item (tests/fixtures/ninjs, CC BY 4.0). */
export const officialNinjsExample = (): Record<string, unknown> =>
  vendored('ninjs-3.2-example-001.json') as Record<string, unknown>

/** The official IPTC ninjs 3.2 schema; its external GeoJSON reference is stood in for by a permissive object schema. */
export const ninjsValidator = () => {
  const schema = vendored('ninjs-schema_3.2.json') as Record<string, unknown>
  const ajv = new Ajv2020({ strict: false, allErrors: true })
  addFormats(ajv)
  ajv.addSchema({ $id: 'https://geojson.org/schema/GeoJSON.json', type: 'object' })
  const validate = ajv.compile(schema)
  return (document: unknown): string[] =>
    validate(document)
      ? []
      : (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message} ${JSON.stringify(error.params)}`)
}
