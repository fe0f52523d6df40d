import { useCallback, useEffect, useRef, useState } from "react";
import { useClient } from "urql";
import { errorMessage } from "../graphql/errors";
import type { MappingInput } from "../gql/graphql";
import { CheckMappingDocument } from "./documents";
import type { Check } from "./types";

/**
 * Checks the draft on every change (debounced) and hands each newest answer to
 * onChecked; runCheck checks now and returns its own answer whatever came since.
 */
export function useMappingCheck(input: MappingInput, onChecked: (check: Check) => void) {
  const client = useClient();
  const [checking, setChecking] = useState(false);
  const [checkError, setCheckError] = useState<string | null>(null);
  const sequence = useRef(0);
  const runCheck = useCallback(
    async (which: MappingInput): Promise<Check | null> => {
      const mine = ++sequence.current;
      setChecking(true);
      const result = await client
        .query(CheckMappingDocument, { input: which }, { requestPolicy: "network-only" })
        .toPromise();
      // An older answer never overwrites a newer one, but the caller still gets its own.
      const latest = mine === sequence.current;
      if (latest) setChecking(false);
      if (result.error || !result.data) {
        if (latest) setCheckError(result.error ? errorMessage(result.error) : "The check did not answer.");
        return null;
      }
      if (latest) {
        setCheckError(null);
        onChecked(result.data.checkMapping);
      }
      return result.data.checkMapping;
    },
    [client, onChecked],
  );
  // The server checked the saved draft already: the first check is for the first change.
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const timer = setTimeout(() => void runCheck(input), 250);
    return () => clearTimeout(timer);
  }, [input, runCheck]);
  return { checking, checkError, runCheck };
}
