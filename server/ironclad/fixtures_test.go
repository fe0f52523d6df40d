package ironclad

// Fixtures shaped like Ironclad's recorded answers (made-up ids and people),
// with the quirks the client must live with: unknown fields, the spec's
// spelling differences, and values typed differently from the spec.

const launchSchemaJSON = `{
  "id": "64aa00000000000000000001",
  "name": "Supplier Agreement",
  "schema": {
    "counterpartyName": {"type": "string", "displayName": "Supplier legal name", "required": "always",
      "options": {"freeTextAllowed": true}},
    "role0c1d2e3f405162738495a6b7c8d9e0f1": {"type": "email", "displayName": "Supplier signer email", "required": "always"},
    "paperSource": {"type": "string", "displayName": "Whose paper?", "required": "always",
      "options": {"values": ["Our paper", "Counterparty paper"], "freeTextAllowed": false}},
    "draft": {"type": "array", "displayName": "Upload their paper", "required": "conditional",
      "elementType": {"type": "document"}},
    "tier": {"type": "string", "displayName": "Tier", "required": "never",
      "options": {"values": [1, 2, true], "freeTextAllowed": false}},
    "regions": {"type": "array", "displayName": "Regions", "required": "never",
      "options": {"values": ["EMEA", "AMER"], "freeTextAllowed": false}, "elementType": {"type": "string"}},
    "term": {"type": "duration", "displayName": "Term", "required": "never", "default": {"months": 12, "days": 0}},
    "isRenewal": {"type": "boolean", "displayName": "Renewal?", "required": false, "description": "Tick for renewals"},
    "relatedRecord": {"type": "linkedRecord", "displayName": "Related", "required": "never",
      "schema": {"properties": {"type": "object", "displayName": "properties", "schema": {}}}},
    "lineItems": {"type": "array", "displayName": "Line items", "required": "never", "default": [{}],
      "elementType": {"type": "object", "required": "never", "default": [{}],
        "schema": {
          "sku": {"type": "string", "displayName": "SKU", "required": "always", "options": {"freeTextAllowed": true}},
          "amount": {"type": "monetaryAmount", "displayName": "Amount", "required": "never"}}}},
    "futureThing": {"type": "hologram", "displayName": "Not invented yet", "required": "never", "sparkle": 3}
  },
  "permissions": ["launch", "view"],
  "publishedBy": "someone"
}`

const workflowJSON = `{
  "id": "64bb00000000000000000001",
  "ironcladId": "IC-7",
  "title": "Supplier Agreement with Acme",
  "template": "64aa00000000000000000001",
  "step": "Review",
  "schema": {
    "counterpartyName": {"type": "string", "displayName": "Counterparty Name", "propertyKey": "counterpartyName", "readOnly": true},
    "lineItems": {"type": "array", "visible": true, "displayName": "Line items",
      "elementType": {"type": "object", "displayName": "Line item", "readOnly": true,
        "schema": {"sku": {"type": "string", "displayName": "SKU", "readOnly": true}}}, "readOnly": true},
    "readableId": "IC-7"
  },
  "attributes": {
    "counterpartyName": "Acme",
    "lineItems": [{"sku": "A-1", "amount": {"currency": "USD", "amount": 12.5}}],
    "readableId": "IC-7",
    "currentTurnParty": "not tracked"
  },
  "isCancelled": false,
  "isComplete": false,
  "status": "active",
  "creator": {"id": "64cc00000000000000000001", "displayName": "Ada Admin", "email": "ada@example.test",
    "title": "", "username": "ada@example.test", "metadata": {}, "pronoun": "", "profilePhoto": {"readToken": "x"}},
  "created": "2026-07-30T11:16:16.916Z",
  "lastUpdated": "",
  "roles": [{"id": "approver00112233445566778899aabbccddeeff", "displayName": "Legal",
    "assignees": [{"userName": "Ada Admin", "userId": "64cc00000000000000000001", "email": "ada@example.test"}]}],
  "approvals": {"state": "in_progess", "url": "https://ironcladapp.com/public/api/v1/workflows/64bb00000000000000000001/approvals"},
  "signatures": {"state": "complete"},
  "isRevertibleToReview": false,
  "brandNewFlag": {"nested": true}
}`

const signStatusJSON = `{
  "signers": [
    {"name": "Sam Supplier", "email": "sam@acme.test", "roleName": "Counterparty Signer", "routingOrder": 0,
     "status": "sent", "isWetSigned": false, "type": "external"},
    {"name": "Ada Admin", "email": "ada@example.test", "roleName": "Internal Signer", "routingOrder": 1,
     "status": "pending", "isWetSigned": false, "type": "internal", "userId": "64cc00000000000000000001"}
  ],
  "routing": "sequential", "status": "sent", "requireSignedDocumentUpload": false, "provider": "Ironclad Signature"
}`

const commentJSON = `{
  "id": "019f0000-0000-7000-8000-000000000001",
  "author": {"type": "internalUser", "displayName": "Ada Admin", "email": "ada@example.test",
    "userId": "64cc00000000000000000001", "companyName": "Example Co"},
  "timestamp": "2026-07-30T12:12:15.172Z",
  "commentMessage": "Looks good <@legal@example.test>",
  "mentionedUserDetails": [{"id": "64cc00000000000000000002", "displayName": "Lee Legal", "email": "legal@example.test"}],
  "addedParticipants": [],
  "reactions": [],
  "repliedTo": {"item": "019f0000-0000-7000-8000-000000000000",
    "itemAuthor": {"type": "system", "displayName": "Ironclad"}}
}`

const webhookJSON = `{
  "id": "64dd00000000000000000001",
  "events": ["workflow_launched", "workflow_completed"],
  "targetURL": "https://tradewind.example/webhooks/ironclad/conn_1",
  "companyId": "64ee00000000000000000001",
  "tags": ["oauth", "authorizationCode"],
  "status": "enabled",
  "statusLastUpdatedAt": "2026-07-30T12:16:49.095Z",
  "statusLastUpdatedBy": "64cc00000000000000000001",
  "consecutiveFailureCount": 0
}`
