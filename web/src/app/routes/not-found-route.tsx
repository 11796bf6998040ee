import { Anchor, Text } from '@mantine/core';
import { Link, useLocation } from 'react-router';
import { Page } from '../../components/page';
import { paths } from '../paths';

export function Component() {
  const { pathname } = useLocation();
  return (
    <Page title="Page not found">
      <Text>
        There is no page at <code>{pathname}</code>.{' '}
        <Anchor component={Link} to={paths.home}>
          Go to the overview
        </Anchor>
        .
      </Text>
    </Page>
  );
}
