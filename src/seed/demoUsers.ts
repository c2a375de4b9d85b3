import type { Role } from '../access/roles'

export interface DemoUser {
  email: string
  name: string
  role: Role
  organisation?: string
}

/** Fixed, documented demo addresses (README); the password comes from SEED_DEMO_PASSWORD or is generated per seed. */
export const demoUsers: DemoUser[] = [
  { email: 'admin@newsroom.local', name: '系统管理员', role: 'admin' },
  { email: 'editor@newsroom.local', name: '值班编辑', role: 'editor' },
  { email: 'editor1@newsroom.local', name: '初审编辑', role: 'editor' },
  { email: 'editor2@newsroom.local', name: '复审编辑', role: 'editor' },
  { email: 'chief@newsroom.local', name: '终审总编', role: 'editor' },
  { email: 'reporter@newsroom.local', name: '任晓萌', role: 'reporter' },
  {
    email: 'correspondent@newsroom.local',
    name: '徐文琦',
    role: 'correspondent',
    organisation: '青岛市委市直机关工委',
  },
]
