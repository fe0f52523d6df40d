import { graphql } from "../gql";
import type { ViewerQuery } from "../gql/graphql";

export const ViewerDocument = graphql(`
  query Viewer {
    viewer {
      id
      email
      name
      role
    }
  }
`);

/** The signed-in user. */
export type Viewer = ViewerQuery["viewer"];
