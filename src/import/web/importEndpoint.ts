import { APIError, type Endpoint, type PayloadRequest } from 'payload'

import { staffRole } from '../../access/roles'
import type { User } from '../../payload-types'
import { MAX_STORY_BYTES } from '../storyFiles'
import { importUpload, type UploadedStory, type UploadResult } from './importUploads'
import { translate } from '../../i18n'

export const MAX_FILES_PER_UPLOAD = 20
// the form's boundaries and names on top of the files themselves
const MAX_UPLOAD_BYTES = MAX_FILES_PER_UPLOAD * MAX_STORY_BYTES + 1024 * 1024

const uploader = (req: PayloadRequest): User => {
  if (!req.user)
    throw new APIError(translate(req, 'messages:import:importEndpoint:logInToImport'), 401, undefined, true)
  if (!staffRole(req.user))
    throw new APIError(translate(req, 'messages:import:importEndpoint:onlyNewsroomStaffImport'), 403, undefined, true)
  return req.user as User
}

/** The files of the multipart form, read only after its declared size was checked (a body is buffered whole). */
const uploadedStories = async (req: PayloadRequest): Promise<UploadedStory[]> => {
  const declared = req.headers.get('content-length')
  if (declared === null)
    throw new APIError(translate(req, 'messages:import:importEndpoint:sendContentLengthOf'), 411, undefined, true)
  if (!(Number(declared) <= MAX_UPLOAD_BYTES)) {
    throw new APIError(
      translate(req, 'messages:import:importEndpoint:tooLarge', {
        files: MAX_FILES_PER_UPLOAD,
        megabytes: MAX_STORY_BYTES / 1024 / 1024,
      }),
      413,
      undefined,
      true,
    )
  }
  const form = await req.formData?.().catch(() => null)
  if (!form)
    throw new APIError(translate(req, 'messages:import:importEndpoint:sendStoriesAsMultipart'), 400, undefined, true)
  const files = form
    .getAll('files')
    .filter((value): value is File => typeof value === 'object' && value !== null && 'arrayBuffer' in value)
  if (files.length === 0)
    throw new APIError(translate(req, 'messages:import:importEndpoint:noFilesInForm'), 400, undefined, true)
  if (files.length > MAX_FILES_PER_UPLOAD)
    throw new APIError(
      translate(req, 'messages:import:importEndpoint:atMostFilesAt', { MAX_FILES_PER_UPLOAD }),
      400,
      undefined,
      true,
    )
  return Promise.all(files.map(async (file) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })))
}

/**
 * `POST /api/articles/import` (multipart, one or more `files`): 导入稿件 from the admin. Each .txt or .docx file becomes
 * a draft owned by the uploader — never published on this path, whoever uploads — and the answer lists, per file, its
 * status, article and warnings, or why it was refused (that file then wrote nothing).
 */
export const importArticlesEndpoint: Endpoint = {
  path: '/import',
  method: 'post',
  handler: async (req) => {
    const user = { ...uploader(req), collection: 'users' as const }
    const stories = await uploadedStories(req)
    const { docs: allBrands } = await req.payload.find({
      collection: 'brands',
      pagination: false,
      depth: 0,
      overrideAccess: false,
      user,
      req,
    })
    const results: UploadResult[] = []
    for (const story of stories) results.push(await importUpload(req.payload, story, user, allBrands))
    return Response.json({ results })
  },
}
