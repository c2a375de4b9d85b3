import config from '@payload-config'
import '@payloadcms/next/css'

import { restRoutes } from '../../../../http/restQuery/routes'

export const { GET, POST, DELETE, PATCH, PUT, OPTIONS } = restRoutes(config)
