import { useMemo } from "react";
import { Select } from "@mantine/core";
import { useQuery } from "urql";
import { graphql } from "../gql";
import { useViewer } from "../session/context";

const PeopleDocument = graphql(`
  query People {
    users(first: 500, orderBy: { field: NAME, direction: ASC }) {
      edges {
        node {
          id
          name
          email
        }
      }
    }
  }
`);

interface Person {
  userId: string;
  email: string;
  name: string;
}

interface PersonInputProps {
  label: string;
  description?: string | undefined;
  required: boolean;
  disabled: boolean;
  error?: string | undefined;
  value: unknown;
  onChange: (value: Person | null) => void;
}

/**
 * A person answer ({userId, email, name}): a Tradewind user chosen by name.
 * The viewer is always on the list; everyone else only when the viewer may
 * read users (a refusal leaves just the viewer, which is still a valid answer).
 */
export function PersonInput({ value, onChange, ...field }: PersonInputProps) {
  const viewer = useViewer();
  const [{ data }] = useQuery({ query: PeopleDocument });
  const people = useMemo(() => {
    const others = data?.users.edges?.flatMap((e) => (e?.node && e.node.id !== viewer.id ? [e.node] : [])) ?? [];
    return [{ id: viewer.id, name: viewer.name, email: viewer.email }, ...others];
  }, [data, viewer]);
  const chosen = value && typeof value === "object" ? (value as Partial<Person>).userId : undefined;
  return (
    <Select
      {...field}
      searchable
      clearable
      placeholder="Search people in Tradewind"
      data={people.map((p) => ({
        value: p.id,
        label: p.id === viewer.id ? `${p.name || p.email} (me)` : `${p.name || p.email} · ${p.email}`,
      }))}
      value={chosen ?? null}
      onChange={(id) => {
        const person = people.find((p) => p.id === id);
        onChange(person ? { userId: person.id, email: person.email, name: person.name } : null);
      }}
    />
  );
}
