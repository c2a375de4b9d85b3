/**
 * Imports run one way (README, "Layout"): base modules and generic building blocks at the bottom, the collections on
 * them, then the features (workflow, delivery, import), the admin UI, and the seed and entry points on top. Each rule
 * names a folder and what it may not reach up to. `npm run lint` runs this; a violation fails `npm test`.
 */
const features = '^src/(workflow|delivery|channels|import|admin|seed|app)/'
const rule = (name, comment, from, to) => ({ name, comment, severity: 'error', from: { path: from }, to: { path: to } })

module.exports = {
  forbidden: [
    {
      name: 'base-stays-below',
      comment: 'db, env, logger, email and src/utilities know nothing of the newsroom (server.ts is the entry point)',
      severity: 'error',
      from: { path: '^src/([^/]+\\.ts|utilities/|i18n/)', pathNot: '^src/(server|worker)\\.ts$' },
      to: { path: '^src/(access|fields|blocks|hooks|collections|http|workflow|delivery|import|admin|seed|app)/' },
    },
    rule(
      'access-is-generic',
      'src/access holds generic predicates; feature-specific access lives in its feature',
      '^src/access/',
      '^src/(fields|blocks|hooks|collections|http|workflow|delivery|import|admin|seed|app)/',
    ),
    rule(
      'building-blocks-stay-generic',
      'field factories, blocks and shared hooks are used by collections, never the other way',
      '^src/(fields|blocks|hooks)/',
      '^src/(collections|http|workflow|delivery|import|admin|seed|app)/',
    ),
    rule(
      'http-is-plumbing',
      'health, request log, query guard and body parsing serve every feature and import none',
      '^src/http/',
      features,
    ),
    rule(
      'collections-know-no-feature',
      'a collection holds its own fields, hooks and access; the plugins add the workflow and delivery',
      '^src/collections/',
      features,
    ),
    rule(
      'workflow-below-delivery',
      'the workflow never reaches into delivery, import or the admin',
      '^src/workflow/',
      '^src/(delivery|import|admin|seed|app)/',
    ),
    rule(
      'workflow-knows-no-channel',
      '一稿多签 builds on the workflow (review, 签发 through releaseChecks); the workflow never reaches into it',
      '^src/workflow/',
      '^src/channels/',
    ),
    rule(
      'delivery-uses-the-channel-model',
      'delivery serves variants with the channel model (types, composition); the plugin that hooks the workflow stays above',
      '^src/delivery/',
      '^src/channels/(plugin|release|withdrawWithMaster)\\.ts$|^src/channels/(endpoints|hooks)/',
    ),
    rule(
      'channels-below-admin',
      'the channels feature never imports the importer, the admin, the seed or the Next app routes',
      '^src/channels/',
      '^src/(import|admin|seed|app)/',
    ),
    rule(
      'delivery-reads-only',
      'delivery serves what the workflow published; it never imports the importer or admin',
      '^src/delivery/',
      '^src/(import|admin|seed|app)/',
    ),
    rule(
      'import-below-admin',
      'the importer is used by the admin and the seed, never the other way',
      '^src/import/',
      '^src/(admin|seed|app)/',
    ),
    rule(
      'admin-below-seed',
      'the admin components never import the seed or the Next app routes',
      '^src/admin/',
      '^src/(seed|app)/',
    ),
    {
      name: 'no-circular',
      comment: 'a cycle means two modules each need the other: fold or split them',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true, dependencyTypesNot: ['type-only'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^src/payload-types\\.ts$' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
}
