// Loads data through the API and keeps the loading state and a Swedish error message.
import { useCallback, useEffect, useState } from 'react';
import { errorMessage } from '../api/client';

export function useApiData<T>(load: () => Promise<T>, deps: unknown[]) {
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
  return { data, error, loading, refresh, setData };
}
