/**
 * The library card's way into the classroom: "Play across devices…", shown only on a device that
 * opened the instructor address (it holds the instructor key); it leads to creating a table.
 */
import { deviceStorage, readInstructorKey } from '../../store/remoteKeys.ts';
import { h } from '../dom.ts';
import { t } from '../uiLocale.ts';
import { queryOf } from './route.ts';

export function playAcrossDevicesLink(scenarioId: string, title: string): HTMLElement | null {
  if (readInstructorKey(deviceStorage()) === null) return null;
  return h(
    'a',
    {
      class: 'button',
      href: `${location.pathname}${queryOf({ name: 'create', scenario: scenarioId })}`,
      'aria-label': t('ui.playAcrossDevicesLabel', { title }),
    },
    t('ui.playAcrossDevices'),
  );
}
