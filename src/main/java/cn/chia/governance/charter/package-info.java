/**
 * The charter of the China High-tech Industrialization Association as plain Java:
 * quorums, voting thresholds, who decides what, and the composition of the Council.
 * No framework, no database; exact integer arithmetic only.
 */
package cn.chia.governance.charter;
