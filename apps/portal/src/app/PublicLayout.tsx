import { Outlet } from 'react-router';
import { PublicFrame } from './PublicFrame';

export function PublicLayout() {
  return (
    <PublicFrame>
      <Outlet />
    </PublicFrame>
  );
}
