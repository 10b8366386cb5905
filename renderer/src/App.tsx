import { useEffect, useState } from 'react';
import { AppShell, Burger, Group, MantineProvider, NavLink, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { Settings } from '../../shared/api/settings-contract';
import { api } from './api/client';
import { theme } from './theme';
import { navigate, useRoute } from './router';
import { SECTIONS } from './sections';
import { FirstRunSetup } from './features/settings/FirstRunSetup';
import { SettingsContext } from './features/settings/settings-context';
import { REMINDER_BADGE_DESCRIPTION_ID, ReminderBadge } from './features/reminders/ReminderBadge';
import { SessionContext, type SessionInfo } from './features/session/permissions';

export function App() {
  const route = useRoute();
  const [opened, { toggle }] = useDisclosure();
  const [settings, setSettings] = useState<Settings | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [session, setSession] = useState<SessionInfo | null>(null);

  useEffect(() => {
    api('settings/get', {}).then(setSettings, (e: Error) => setLoadError(e.message));
    // The role decides which actions are offered; without an answer nothing is disabled (the database still refuses).
    api('session/info', {}).then(setSession, () => undefined);
  }, []);

  const active = SECTIONS.find((s) => s.path === (route[0] ?? 'oversikt')) ?? SECTIONS[0];
  const Screen = active.component;

  return (
    <MantineProvider theme={theme}>
      <SessionContext.Provider value={session}>
        <SettingsContext.Provider value={{ settings, setSettings }}>
          <a
            href="#main"
            className="skip-link"
            onClick={(e) => {
              e.preventDefault();
              document.getElementById('main')?.focus();
            }}
          >
            Hoppa till innehållet
          </a>
          <AppShell header={{ height: 56 }} navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="md">
            <AppShell.Header>
              <Group h="100%" px="md" justify="space-between">
                <Group>
                  <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label="Visa meny" />
                  <Title order={1} size="h3">
                    IUB-katalogen
                  </Title>
                </Group>
                {settings?.konfigurerad && (
                  <Text size="sm" c="gray.8">
                    {settings.namnd}, {settings.kommun} · {settings.anvandare}
                  </Text>
                )}
              </Group>
            </AppShell.Header>
            <AppShell.Navbar p="xs" aria-label="Huvudmeny" component="nav">
              {SECTIONS.map((s) => (
                <NavLink
                  key={s.path}
                  href={`#/${s.path}`}
                  label={s.label}
                  active={s === active}
                  aria-current={s === active ? 'page' : undefined}
                  rightSection={s.path === 'paminnelser' && settings?.konfigurerad ? <ReminderBadge /> : undefined}
                  aria-describedby={s.path === 'paminnelser' && settings?.konfigurerad ? REMINDER_BADGE_DESCRIPTION_ID : undefined}
                  onClick={(e) => {
                    e.preventDefault();
                    navigate(`/${s.path}`);
                  }}
                />
              ))}
            </AppShell.Navbar>
            <AppShell.Main id="main" tabIndex={-1} component="main">
              {loadError ? <Text c="red.9">{loadError}</Text> : <Screen route={route.slice(1)} />}
            </AppShell.Main>
          </AppShell>
          {settings && !settings.konfigurerad && <FirstRunSetup onDone={setSettings} />}
        </SettingsContext.Provider>
      </SessionContext.Provider>
    </MantineProvider>
  );
}
