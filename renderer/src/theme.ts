import { createTheme, NavLink } from '@mantine/core';

// Colours chosen for WCAG 2.1 AA contrast on white (primary shade 8 of blue; filled active links).
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: 8,
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif',
  defaultRadius: 'sm',
  components: {
    NavLink: NavLink.extend({ defaultProps: { variant: 'filled' } }),
  },
});
