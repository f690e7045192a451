/** What every classroom screen gives the classroom shell (classroomApp.ts). */
export interface MountedClassroomScreen {
  el: HTMLElement;
  /** The page is visible again or the network is back: get back to the table at once. */
  wake?(): void;
  destroy?(): void;
}
