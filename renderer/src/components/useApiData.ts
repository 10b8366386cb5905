// Loads data through the API and keeps the loading state and a Swedish error message. With `live`, the
// data is read again (quietly, keeping what is shown meanwhile) when someone commits a change of those
// kinds (audit-trail entity names). A screen holding unsaved edits must not take a refresh over them:
// forms keep their own values and compare the refreshed revision (see InsatsEditor).
import { useCallback, useEffect, useState } from 'react';
import { errorMessage } from '../api/client';
import { onChanges } from '../api/changes';

export function useApiData<T>(load: () => Promise<T>, deps: unknown[], options: { live?: readonly string[] } = {}) {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  // oxlint-disable-next-line react-hooks/exhaustive-deps
  const reload = useCallback(load, deps);
  const refresh = useCallback(() => {
    setLoading(true);
    return reload().then(
      (value) => {
        setData(value);
        setError(null);
        setLoading(false);
      },
      (e: unknown) => {
        setError(errorMessage(e));
        setLoading(false);
      },
    );
  }, [reload]);
  useEffect(() => {
    void refresh();
  }, [refresh]);
  const live = options.live?.join(',') ?? '';
  useEffect(() => {
    if (!live) return;
    return onChanges(live.split(','), () => {
      reload().then(
        (value) => setData(value),
        () => undefined, // a failed quiet refresh keeps what is shown
      );
    });
  }, [live, reload]);
  return { data, error, loading, refresh, setData };
}
