'use client'
import { useTranslation } from '@payloadcms/ui'

import type { NewsroomTranslationKey, NewsroomTranslationsObject } from './index'

/**
 * Payload's `useTranslation` with the newsroom keys typed; the admin's client translations already hold the
 * namespace (Payload merges `i18n.translations` into them):
 *
 *   const { t } = useNewsroomTranslation()
 *   return <span>{t('newsroom:lexical:node:link')}</span>
 */
export const useNewsroomTranslation = () => useTranslation<NewsroomTranslationsObject, NewsroomTranslationKey>()
