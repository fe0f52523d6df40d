import type { ReactNode } from "react";
import {
  IconApi,
  IconForms,
  IconInbox,
  IconLayoutDashboard,
  IconPlugConnected,
  IconRoute,
  IconSettings,
} from "@tabler/icons-react";
import type { Section } from "../access/roles";

const size = 20;
const stroke = 1.6;

export const sectionIcons: Record<Section, ReactNode> = {
  requests: <IconInbox size={size} stroke={stroke} />,
  workflows: <IconRoute size={size} stroke={stroke} />,
  requestForms: <IconForms size={size} stroke={stroke} />,
  integrations: <IconPlugConnected size={size} stroke={stroke} />,
  dashboard: <IconLayoutDashboard size={size} stroke={stroke} />,
  settings: <IconSettings size={size} stroke={stroke} />,
  api: <IconApi size={size} stroke={stroke} />,
};
