import { useRef } from "react";

/**
 * For a menu item that opens a dialog: the dialog opens once the menu has
 * closed and given the focus back to its button. Opened sooner, the menu takes
 * the focus back from the dialog, and Tab wanders behind it. Spread
 * `menuProps` on the <Menu>; wrap the item's action in `later`.
 */
export function useAfterMenuCloses() {
  const pending = useRef<(() => void) | null>(null);
  return {
    later: (action: () => void) => () => {
      pending.current = action;
    },
    menuProps: {
      onExitTransitionEnd: () => {
        const action = pending.current;
        pending.current = null;
        action?.();
      },
    },
  };
}
