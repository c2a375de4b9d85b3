import { readFileSync } from 'node:fs'
import Ajv2020 from 'ajv/dist/2020'
import addFormats from 'ajv-formats'

/** The official IPTC ninjs 3.2 schema; its external GeoJSON reference is stood in for by a permissive object schema. */
export const ninjsValidator = () => {
  const schema = JSON.parse(readFileSync('/work/shared/schemas/ninjs-schema_3.2.json', 'utf8'))
  const ajv = new Ajv2020({ strict: false, allErrors: true })
  addFormats(ajv)
  ajv.addSchema({ $id: 'https://geojson.org/schema/GeoJSON.json', type: 'object' })
  const validate = ajv.compile(schema)
  return (document: unknown): string[] => (validate(document) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message} ${JSON.stringify(error.params)}`))
}
