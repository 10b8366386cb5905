// Ärenden: each with its diarienummer, the insats versions proposed, its place on a sammanträde's agenda (§), its
// handling by the nämnd (återremisser, each at its own §, then the final beslut with its metadata, laga kraft and
// återrapportering), the way back to a later sammanträde after an återremiss, and its documents.
import { type ReactNode, useEffect, useState } from 'react';
import { Alert, Badge, Button, Checkbox, Group, NumberInput, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { PROTOKOLL_LABELS, UTFALL_LABELS, type ArendeDto, type BeslutDto, type SammantradeDto } from '../../../../shared/api/decisions-contract';
import { STATUS_LABELS, type VersionStatus } from '../../../../shared/domain/status';
import { api, errorMessage } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ArendeHistorik } from './ArendeHistorik';
import { BeslutForm } from './BeslutForm';
import { DocumentButtons } from './DocumentButtons';
import { EditArendeForm, NewArendeForm } from './ArendeForm';
import { TaskList } from './TaskList';
import { RoleGate } from '../session/permissions';

const badgeStyles = { label: { color: 'var(--mantine-color-dark-9)' } };
// The light alerts' coloured titles do not reach 4.5:1 on their tinted background; dark text does.
const alertStyles = { title: { color: 'var(--mantine-color-dark-9)' }, message: { color: 'var(--mantine-color-dark-9)' } };

export function ArendenPanel({ arenden, meetings, onChange }: { arenden: ArendeDto[]; meetings: SammantradeDto[]; onChange(): void }) {
  const [creating, setCreating] = useState(false);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="arenden-rubrik">
      <Title order={3} id="arenden-rubrik" mb="sm">
        Ärenden
      </Title>
      {creating ? (
        <NewArendeForm
          onCreated={() => {
            setCreating(false);
            onChange();
          }}
          onCancel={() => setCreating(false)}
        />
      ) : (
        <RoleGate action="arenden">
          {(gate) => (
            <Button onClick={() => setCreating(true)} {...gate}>
              Nytt ärende
            </Button>
          )}
        </RoleGate>
      )}
      <Stack mt="lg">
        {arenden.length === 0 && <Text size="sm">Inga ärenden ännu.</Text>}
        {arenden.map((a) => (
          <ArendeCard key={a.id} arende={a} meetings={meetings} onChange={onChange} />
        ))}
      </Stack>
    </Paper>
  );
}

function statusBadge(arende: ArendeDto) {
  if (arende.beslut) {
    return (
      <Badge color={arende.beslut.utfall === 'bifall' ? 'green' : 'red'} variant="light" styles={badgeStyles}>
        {UTFALL_LABELS[arende.beslut.utfall]} · {arende.beslut.beteckning}
      </Badge>
    );
  }
  if (arende.paragraf !== null) {
    return (
      <Badge variant="light" styles={badgeStyles}>
        På dagordningen {arende.sammantradesdatum} § {arende.paragraf}
      </Badge>
    );
  }
  const last = arende.historik.at(-1);
  if (last) {
    return (
      <Badge color="yellow" variant="light" styles={badgeStyles}>
        Återremitterat · {last.beteckning}
      </Badge>
    );
  }
  return (
    <Badge color="gray" variant="light" styles={badgeStyles}>
      Inte på någon dagordning
    </Badge>
  );
}

function ArendeCard({ arende, meetings, onChange }: { arende: ArendeDto; meetings: SammantradeDto[]; onChange(): void }) {
  // The beslut form: a new beslut at the ärende's § (null), or the correction of one beslut.
  const [beslutForm, setBeslutForm] = useState<{ beslut: BeslutDto | null } | null>(null);
  const [editing, setEditing] = useState(false);
  const locked = arende.sammantradeStatus === 'justerat' || arende.beslut?.lasst === true;
  const titleId = `arende-${arende.id}-rubrik`;
  return (
    <Paper withBorder p="sm" data-testid="arende" component="article" aria-labelledby={titleId} id={`arende-${arende.id}`} tabIndex={-1}>
      <Group justify="space-between" align="flex-start">
        <Title order={4} id={titleId}>
          {arende.diarienummer} {arende.rubrik}
        </Title>
        {statusBadge(arende)}
      </Group>
      <Text size="sm">
        {arende.handlaggare ? `Handläggare ${arende.handlaggare} · ` : ''}Öppnat {arende.skapad}
      </Text>
      {arende.beskrivning && (
        <Text size="sm" className="preserve-lines" mt={4}>
          {arende.beskrivning}
        </Text>
      )}
      <details>
        <summary>
          <Text component="span" size="sm">
            {arende.versioner.length === 1 ? '1 insats' : `${arende.versioner.length} insatser`}
          </Text>
        </summary>
        <Text component="ul" size="sm" my={4} pl="lg">
          {arende.versioner.map((v) => (
            <li key={v.versionId}>
              <a href={`#/katalog/insats/${v.insatsId}/${v.versionId}`}>
                {v.namn} (version {v.versionNo})
              </a>{' '}
              – {STATUS_LABELS[v.status as VersionStatus] ?? v.status}
            </li>
          ))}
        </Text>
      </details>
      <Stack gap="sm" mt="sm">
        {arende.historik.length > 0 && <ArendeHistorik arende={arende} onCorrect={(b) => setBeslutForm({ beslut: b })} />}
        <Agenda arende={arende} meetings={meetings} onChange={onChange} />
        {arende.beslut && (
          <BeslutDetails arende={arende} beslut={arende.beslut} onChange={onChange} onCorrect={() => setBeslutForm({ beslut: arende.beslut })} />
        )}
        {arende.beslut && <TaskList beslut={arende.beslut} onChange={onChange} />}
        <Group gap="sm">
          {arende.sammantradeId !== null && !arende.beslut && (
            <RoleGate action="beslut">
              {(gate) => (
                <Button onClick={() => setBeslutForm({ beslut: null })} {...gate}>
                  Registrera beslut
                </Button>
              )}
            </RoleGate>
          )}
          {!locked && !editing && (
            <RoleGate action="arenden">
              {(gate) => (
                <Button variant="default" onClick={() => setEditing(true)} {...gate}>
                  Ändra ärendet
                </Button>
              )}
            </RoleGate>
          )}
        </Group>
        {editing && (
          <EditArendeForm
            arende={arende}
            onCancel={() => setEditing(false)}
            onSaved={() => {
              setEditing(false);
              onChange();
            }}
          />
        )}
        <DocumentButtons arende={arende} />
      </Stack>
      {beslutForm && (
        <BeslutForm
          arende={arende}
          beslut={beslutForm.beslut}
          onClose={() => setBeslutForm(null)}
          onSaved={() => {
            setBeslutForm(null);
            onChange();
          }}
        />
      )}
    </Paper>
  );
}

/**
 * After an återremiss the ärende comes back to a later sammanträde once its versions are redo för beslut again;
 * until then this says what is missing, with a link to each version to rework.
 */
function Aterkomst({ arende, open, children }: { arende: ArendeDto; open: SammantradeDto[]; children: ReactNode }) {
  const last = arende.historik.at(-1)!;
  const where = `${last.sammantradesdatum ?? last.beslutsdatum}${last.paragraf !== null ? ` § ${last.paragraf}` : ''}`;
  if (!arende.planering.mojlig) {
    return (
      <Alert color="yellow" variant="light" title={`Återremitterat ${where} – förslaget behöver arbetas om`} data-testid="aterkomst" styles={alertStyles}>
        <Text size="sm">Innan ärendet kan läggas på ett senare sammanträde saknas:</Text>
        <Text component="ul" size="sm" my={4} pl="lg">
          {arende.planering.hinder.map((h) => (
            <li key={h.text}>
              {h.text}
              {h.versionId !== null && h.insatsId !== null && (
                <>
                  {' '}
                  <a href={`#/katalog/insats/${h.insatsId}/${h.versionId}`}>Öppna i Katalog</a>
                </>
              )}
            </li>
          ))}
        </Text>
      </Alert>
    );
  }
  return (
    <Alert color="blue" variant="light" title={`Återremitterat ${where} – redo att tas upp igen`} data-testid="aterkomst" styles={alertStyles}>
      <Text size="sm" mb="xs">
        Förslaget är omarbetat och redo för beslut. Lägg ärendet på ett sammanträde efter {arende.planering.senareAn}; det får en ny paragraf men behåller
        diarienumret {arende.diarienummer}.
      </Text>
      {open.length === 0 ? (
        <Text size="sm">Det finns inget öppet sammanträde efter {arende.planering.senareAn}. Lägg till ett under Sammanträden nedan.</Text>
      ) : (
        children
      )}
    </Alert>
  );
}

/** Putting the ärende on a sammanträde's agenda with its § (the next free one suggested), correcting the §. */
function Agenda({ arende, meetings, onChange }: { arende: ArendeDto; meetings: SammantradeDto[]; onChange(): void }) {
  // After an återremiss only a later sammanträde can take the ärende.
  const open = meetings.filter((m) => m.status !== 'justerat' && (arende.planering.senareAn === null || m.datum > arende.planering.senareAn));
  const [meetingId, setMeetingId] = useState<string | null>(open.length === 1 ? String(open[0].id) : null);
  const [paragraf, setParagraf] = useState<number | string>('');
  const [editingParagraf, setEditingParagraf] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const onlyOpen = open.length === 1 ? String(open[0].id) : null;
  useEffect(() => {
    // With one open sammanträde there is nothing to choose.
    if (meetingId === null && onlyOpen) setMeetingId(onlyOpen);
  }, [meetingId, onlyOpen]);
  useEffect(() => {
    if (arende.sammantradeId !== null || !meetingId) return;
    void api('arenden/suggestParagraf', { sammantradeId: Number(meetingId) }).then(
      (r) => setParagraf(r.paragraf),
      () => undefined,
    );
  }, [meetingId, arende.sammantradeId]);
  async function run(call: () => Promise<unknown>) {
    try {
      await call();
      setError(null);
      setEditingParagraf(false);
      onChange();
    } catch (e) {
      setError(errorMessage(e));
    }
  }
  const paragrafNumber = typeof paragraf === 'number' ? paragraf : undefined;
  if (arende.sammantradeId === null) {
    // A decision from the diarium without a sammanträde: nothing to schedule.
    if (arende.beslut) return null;
    const form = (
      <Group align="flex-end">
        <Select
          label="Sammanträde"
          data={open.map((m) => ({ value: String(m.id), label: `${m.namnd} ${m.datum}` }))}
          value={meetingId}
          onChange={setMeetingId}
          placeholder="Välj sammanträde"
          w={260}
        />
        <NumberInput
          label="Paragraf (§)"
          description="Nästa lediga föreslås"
          min={1}
          max={9999}
          value={paragraf}
          onChange={setParagraf}
          w={150}
          allowDecimal={false}
        />
        <Button
          variant="light"
          disabled={!meetingId}
          onClick={() =>
            run(() =>
              api('arenden/schedule', { arendeId: arende.id, sammantradeId: Number(meetingId), ...(paragrafNumber ? { paragraf: paragrafNumber } : {}) }),
            )
          }
        >
          Lägg på dagordningen
        </Button>
      </Group>
    );
    return (
      <div>
        <ErrorAlert message={error} title="Ärendet lades inte på dagordningen" />
        {arende.historik.length > 0 ? (
          <Aterkomst arende={arende} open={open}>
            {form}
          </Aterkomst>
        ) : open.length === 0 ? (
          <Text size="sm">Lägg till ett sammanträde nedan för att kunna lägga ärendet på dagordningen.</Text>
        ) : (
          form
        )}
      </div>
    );
  }
  const locked = arende.sammantradeStatus === 'justerat' || arende.beslut?.lasst === true;
  return (
    <div>
      <ErrorAlert message={error} title="Dagordningen ändrades inte" />
      <Group align="flex-end" gap="sm">
        <Text size="sm">
          Sammanträde {arende.sammantradesdatum}, <strong>§ {arende.paragraf}</strong> · Protokoll: {PROTOKOLL_LABELS[arende.sammantradeStatus ?? 'planerat']}
        </Text>
        {!locked && !editingParagraf && (
          <Button
            size="xs"
            variant="subtle"
            onClick={() => {
              setParagraf(arende.paragraf ?? '');
              setEditingParagraf(true);
            }}
          >
            Ändra §
          </Button>
        )}
        {!locked && !arende.beslut && !editingParagraf && (
          <Button size="xs" variant="subtle" color="red" onClick={() => run(() => api('arenden/unschedule', { arendeId: arende.id }))}>
            Ta bort från dagordningen
          </Button>
        )}
      </Group>
      {editingParagraf && (
        <Group align="flex-end" mt="xs">
          <NumberInput label="Ny paragraf (§)" min={1} max={9999} value={paragraf} onChange={setParagraf} w={150} allowDecimal={false} />
          <Button
            size="sm"
            variant="light"
            disabled={!paragrafNumber}
            onClick={() => run(() => api('arenden/setParagraf', { arendeId: arende.id, paragraf: paragrafNumber! }))}
          >
            Spara §
          </Button>
          <Button
            size="sm"
            variant="default"
            onClick={() => {
              setEditingParagraf(false);
              setError(null);
            }}
          >
            Avbryt
          </Button>
        </Group>
      )}
    </div>
  );
}

function lagaKraftText(beslut: BeslutDto): string {
  if (beslut.franDiarium) return 'Beslutet fattades före appen och gäller enligt diariet.';
  if (beslut.overklagad) return `Beslutet har överklagats${beslut.overklagandeTidSlut ? ` (överklagandetiden löpte ut ${beslut.overklagandeTidSlut})` : ''}.`;
  if (beslut.vunnitLagaKraft) return `Vunnit laga kraft (överklagandetiden löpte ut ${beslut.overklagandeTidSlut}).`;
  if (beslut.overklagandeTidSlut) return `Överklagandetiden löper ut ${beslut.overklagandeTidSlut}.`;
  return 'Överklagandetiden (tre veckor) börjar när justeringen anslås på anslagstavlan.';
}

function BeslutDetails({ arende, beslut, onChange, onCorrect }: { arende: ArendeDto; beslut: BeslutDto; onChange(): void; onCorrect(): void }) {
  const [error, setError] = useState<string | null>(null);
  const rows: Array<[string, string]> = [
    ['Beslut', UTFALL_LABELS[beslut.utfall]],
    ['Diarienummer', beslut.beteckning],
    ['Datum för beslut', beslut.beslutsdatum],
    ['Beslutande instans', beslut.beslutandeInstans],
    ['Beslutstext', beslut.beslutstext],
    ...(beslut.motivering ? [[beslut.utfall === 'aterremiss' ? 'Skäl för återremiss' : 'Motivering', beslut.motivering] as [string, string]] : []),
    ...(beslut.utfall === 'bifall'
      ? ([
          ['Giltighetstid', `${beslut.giltigFran ?? ''} –${beslut.giltigTill ? ` ${beslut.giltigTill}` : ''}`],
          ['Revideras senast', beslut.reviderasSenast ?? '–'],
          ['Typ av styrdokument', beslut.typAvStyrdokument || '–'],
          ['Gäller för', beslut.gallerFor || '–'],
          ['Dokumentansvarig', beslut.dokumentansvarig || '–'],
        ] as Array<[string, string]>)
      : []),
    ['Laga kraft', lagaKraftText(beslut)],
  ];
  return (
    <Stack gap={6}>
      <Title order={5}>Beslut</Title>
      <Table variant="vertical" layout="fixed" withTableBorder data-testid="beslut-uppgifter">
        <Table.Tbody>
          {rows.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Th w={190}>{label}</Table.Th>
              <Table.Td className="preserve-lines">{value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <ErrorAlert message={error} />
      {beslut.lasst ? (
        <Text size="sm">Låst: protokollet är justerat. Beslutet kan inte ändras; en rättelse görs genom ett nytt beslut i ett nytt ärende.</Text>
      ) : (
        <Group>
          <Button size="xs" variant="default" onClick={onCorrect}>
            Rätta beslutet
          </Button>
          <Text size="xs">Kan rättas tills protokollet är justerat.</Text>
        </Group>
      )}
      {beslut.overklagandeTidSlut && !beslut.franDiarium && (
        <Checkbox
          label="Beslutet har överklagats"
          checked={beslut.overklagad}
          onChange={(e) =>
            api('beslut/setOverklagad', { beslutId: beslut.id, overklagad: e.currentTarget.checked }).then(
              () => {
                setError(null);
                onChange();
              },
              (err) => setError(errorMessage(err)),
            )
          }
        />
      )}
      {arende.versioner.length === 0 && <Text size="sm">Ärendet omfattar inga insatser.</Text>}
    </Stack>
  );
}
