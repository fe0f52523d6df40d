import { graphql } from "../gql";

export const DashboardDocument = graphql(`
  query Dashboard($stuckAfterDays: Int!) {
    dashboard(stuckAfterDays: $stuckAfterDays) {
      requestsByStatus {
        key
        count
      }
      tasksByStatus {
        key
        count
      }
      tasksByType {
        key
        count
      }
      ironcladWorkflowsByStep {
        key
        count
      }
      stuckRequests {
        id
        title
        status
        updatedAt
        requester {
          id
          name
          email
        }
      }
      failedTasks {
        id
        name
        error
        updatedAt
        request {
          id
          title
        }
      }
      recentActivity {
        at
        kind
        text
        task {
          id
          request {
            id
            title
          }
        }
      }
    }
  }
`);

// The dashboard only needs to know that something changed: the counts come
// back from the server, which alone knows what this viewer may count.
export const DashboardRequestUpdatedDocument = graphql(`
  subscription DashboardRequestUpdated {
    requestUpdated {
      id
      status
      updatedAt
    }
  }
`);

export const DashboardTaskUpdatedDocument = graphql(`
  subscription DashboardTaskUpdated {
    taskUpdated {
      id
      status
      updatedAt
    }
  }
`);
