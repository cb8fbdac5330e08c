/**
 * A starter team registry with the NixOS teams that answered the SC's "Community Team
 * Updates" thread (discourse.nixos.org/t/56458) and a few more that the SC follows.
 * The app copies it into its editable registry; members and aliases are examples, not a roster.
 */
import type { TeamRegistryEntry } from '../types';

/** The NixOS teams of the sample thread, and other common ones. */
export const DEFAULT_TEAMS: TeamRegistryEntry[] = [
  { key: 'xen', name: 'Xen Project team', aliases: ['Xen', 'Xen Project', 'Xen team'], groupHandles: [], members: [] },
  { key: 'rfcsc', name: 'RFC Steering Committee', aliases: ['RFCSC', 'RFC SC', 'RFC steering committee'], groupHandles: ['@NixOS/rfc-steering-committee'], members: [] },
  { key: 'formatting', name: 'Nix formatting team', aliases: ['formatting team', 'formatting', 'nixfmt', 'RFC 166'], groupHandles: ['@NixOS/nix-formatting'], members: [] },
  { key: 'moderation', name: 'Moderation team', aliases: ['moderation', 'moderators', 'mod team'], groupHandles: ['@NixOS/moderation'], members: [] },
  { key: 'stdenv', name: 'stdenv team', aliases: ['stdenv'], groupHandles: ['@NixOS/stdenv'], members: ['philiptaron'] },
  { key: 'nix-community', name: 'nix-community', aliases: ['nix-community', 'Nix Community', 'nix-community.org'], groupHandles: ['@nix-community/admin'], members: ['zowoq'] },
  { key: 'marketing', name: 'Marketing team', aliases: ['marketing'], groupHandles: ['@NixOS/marketing-team'], members: ['avocadoom', 'idabzo', 'garbas'] },
  { key: 'documentation', name: 'Documentation team', aliases: ['documentation', 'docs team'], groupHandles: ['@NixOS/documentation-team'], members: ['hsjobeki'] },
  { key: 'infrastructure', name: 'Infrastructure team', aliases: ['infrastructure', 'infra team', 'infra'], groupHandles: ['@NixOS/infra'], members: [] },
  { key: 'security', name: 'Security team', aliases: ['security team', 'NixOS security'], groupHandles: ['@NixOS/security'], members: [] },
  { key: 'nix', name: 'Nix team', aliases: ['Nix team', 'Nix maintainers'], groupHandles: ['@NixOS/nix-team'], members: [] },
  { key: 'release', name: 'Release team', aliases: ['release team', 'release managers', 'release management'], groupHandles: ['@NixOS/nixos-release-managers'], members: [] },
  { key: 'nixpkgs-core', name: 'Nixpkgs core team', aliases: ['nixpkgs core team', 'nixpkgs core'], groupHandles: ['@NixOS/nixpkgs-core'], members: [] },
  { key: 'wiki', name: 'Wiki team', aliases: ['wiki team', 'wiki'], groupHandles: ['@NixOS/wiki'], members: [] },
  { key: 'foundation', name: 'NixOS Foundation board', aliases: ['foundation board'], groupHandles: [], members: [] },
];
