import { Tabs } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { Page } from '../../../components/page';
import { AuditPanel } from '../components/audit-panel';
import { UsersPanel } from '../components/users-panel';

type AdminTab = 'users' | 'audit';

export function Component() {
  // The tab lives in the URL (`?tab=audit`), so it survives a reload and can be linked to.
  const [params, setParams] = useSearchParams();
  const tab: AdminTab = params.get('tab') === 'audit' ? 'audit' : 'users';
  return (
    <Page title="Admin" description="User accounts, their roles and sign-in links, and the audit trail.">
      <Tabs
        value={tab}
        onChange={(value) => setParams(value === 'audit' ? { tab: 'audit' } : {}, { replace: true })}
        keepMounted={false}
      >
        <Tabs.List aria-label="Admin sections">
          <Tabs.Tab value="users">Users</Tabs.Tab>
          <Tabs.Tab value="audit">Audit trail</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="users" pt="lg">
          <UsersPanel />
        </Tabs.Panel>
        <Tabs.Panel value="audit" pt="lg">
          <AuditPanel />
        </Tabs.Panel>
      </Tabs>
    </Page>
  );
}
