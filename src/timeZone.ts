/** The newsroom's time zone: the admin prints every date in it, whatever the machine's or the browser's zone is. */
export const newsroomTimeZone = 'Asia/Shanghai'
