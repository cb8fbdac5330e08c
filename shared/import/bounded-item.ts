/**
 * An imported item's text and entities within the row's limits (ITEM_LIMITS), by
 * construction: one link over 2,000 characters, an @mention over 300, an amount's text over
 * 200 or a paragraph over 100,000 in one imported post made that backup and every later one
 * unrestorable (issue 20). A text over its limit is cut at a word and marked; a link or a
 * mention over its limit is no link or mention (it stays in the post's text); an amount's
 * text is cut and keeps its value.
 */
import { ITEM_LIMITS, type Entities } from '../model';
import { cutText } from '../text/cut-text';

export function boundedEntities(entities: Entities): Entities {
  return {
    ...entities,
    mentions: entities.mentions.filter((m) => m.length <= ITEM_LIMITS.mention),
    links: entities.links.filter((l) => l.length <= ITEM_LIMITS.link),
    amounts: entities.amounts.map((a) => {
      const { currency, ...rest } = a;
      return { ...rest, text: cutText(a.text, ITEM_LIMITS.amountText), ...(currency !== undefined && currency.length <= ITEM_LIMITS.currency ? { currency } : {}) };
    }),
  };
}

/** The text, entities and cut mark of an item row for a parsed item. */
export function boundedItemFields(item: { text: string; entities: Entities }): { text: string; entities: Entities; isTextCut?: true } {
  const text = cutText(item.text, ITEM_LIMITS.text);
  return { text, entities: boundedEntities(item.entities), ...(text === item.text ? {} : { isTextCut: true }) };
}
