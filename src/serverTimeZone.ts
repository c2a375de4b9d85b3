import { newsroomTimeZone } from './timeZone'

/**
 * Payload formats some admin dates on the server without a time zone (the version page's breadcrumb), so they follow
 * the process's zone: a server in UTC printed 15:14 beside our 23:14. Imported first by the server entry, this sets
 * the process's zone to the newsroom's unless the deployment chose one (TZ).
 */
process.env.TZ ||= newsroomTimeZone
