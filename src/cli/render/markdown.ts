/**
 * Markdown rendering of the JSON contract: one section per story with its outlets and
 * headlines, first report, quote families with each rendering and how it relates,
 * what each outlet alone reports, and the timeline. Pure: records in, text out.
 */
import type { AnalyzedArticle, Report, Story, Storyline } from '../../model/records.ts';

/** Exclusive sentences shown per article: enough to see the angle, short enough to read. */
export const MAX_EXCLUSIVE_SENTENCES = 5;

function cell(text: string | null | undefined): string {
  return (text ?? '—').replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
}

function day(date: string | null | undefined): string {
  return date ? date.slice(0, 10) : 'undated';
}

function outletOf(articles: ReadonlyMap<string, AnalyzedArticle>, id: string): string {
  const a = articles.get(id);
  return a?.outlet ?? a?.source ?? id;
}

const RELATION_LABEL: Record<string, string> = {
  earliest: 'earliest',
  verbatim: 'verbatim',
  excerpt: 'excerpt',
  retranslation: 'other translation',
  paraphrase: 'paraphrase',
};

export function renderStoryMarkdown(story: Story, articles: ReadonlyMap<string, AnalyzedArticle>, storylines: readonly Storyline[] = []): string {
  const out: string[] = [];
  const outlets = new Set(story.articles.map((id) => outletOf(articles, id)));
  out.push(`# ${story.title}`, '');
  out.push(`${story.articles.length} article${story.articles.length === 1 ? '' : 's'} from ${outlets.size} outlet${outlets.size === 1 ? '' : 's'}, ${day(story.span.from)} to ${day(story.span.to)} · story \`${story.id}\``, '');

  out.push('## Coverage', '', '| Outlet | Headline | Published |', '|---|---|---|');
  const coverage = story.coverage.length > 0
    ? story.coverage
    : story.articles.map((id) => ({ article: id, outlet: articles.get(id)?.outlet ?? null, title: articles.get(id)?.title ?? null, publishedAt: articles.get(id)?.publishedAt ?? null }));
  for (const c of coverage) {
    const first = c.article === story.firstReport ? ' (first report)' : '';
    out.push(`| ${cell(c.outlet ?? articles.get(c.article)?.source)}${first} | ${cell(c.title)} | ${day(c.publishedAt)} |`);
  }
  out.push('');

  const first = articles.get(story.firstReport);
  out.push('## First report', '', `${outletOf(articles, story.firstReport)}: “${first?.title ?? story.firstReport}” (${day(first?.publishedAt)})`, '');

  if (story.quoteFamilies.length > 0) {
    out.push('## Quotes', '');
    for (const family of story.quoteFamilies) {
      out.push(`### ${family.speaker ?? 'Unattributed'}: “${family.canonical}”`, '');
      const via = family.origin.via.length > 0 ? `, citing ${family.origin.via.join(', ')}` : '';
      out.push(`Origin: ${outletOf(articles, family.origin.article)}${via}.`, '');
      for (const member of family.members) {
        const quote = articles.get(member.article)?.quotes[member.quote];
        out.push(`- ${outletOf(articles, member.article)} (${RELATION_LABEL[member.relation] ?? member.relation}): “${quote?.text ?? '?'}”`);
      }
      out.push('');
    }
  }

  const exclusive = story.exclusive.filter((e) => e.sentences.length > 0);
  if (exclusive.length > 0) {
    out.push('## Only in one outlet', '');
    for (const e of exclusive) {
      out.push(`### ${outletOf(articles, e.article)}`, '');
      for (const s of e.sentences.slice(0, MAX_EXCLUSIVE_SENTENCES)) out.push(`- ${s.replace(/\s*\n\s*/g, ' ')}`);
      if (e.sentences.length > MAX_EXCLUSIVE_SENTENCES) out.push(`- … and ${e.sentences.length - MAX_EXCLUSIVE_SENTENCES} more`);
      out.push('');
    }
  }

  if (story.timeline.length > 0) {
    out.push('## Timeline', '');
    for (const t of story.timeline) {
      const sources = [...new Set(t.articles.map((id) => outletOf(articles, id)))].join(', ');
      out.push(`- **${t.date}** (${t.granularity}): ${t.summary.replace(/\s*\n\s*/g, ' ')} (${sources})`);
    }
    out.push('');
  }

  for (const line of storylines.filter((l) => l.stories.includes(story.id) && l.stories.length > 1)) {
    out.push('## Storyline', '', `Part of “${line.title}” (\`${line.id}\`), ${line.stories.length} stories: ${line.stories.map((s) => `\`${s}\``).join(', ')}.`, '');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

/** Every story of a report, biggest first, then the storylines. */
export function renderReportMarkdown(report: Report): string {
  const articles = new Map(report.articles.map((a) => [a.id, a]));
  const stories = [...report.stories].sort((a, b) => b.articles.length - a.articles.length || a.id.localeCompare(b.id));
  const parts = stories.map((s) => renderStoryMarkdown(s, articles, report.storylines));
  if (report.storylines.length > 0) {
    const lines = report.storylines.map((l) => `- ${l.title} (\`${l.id}\`): ${l.stories.length} stor${l.stories.length === 1 ? 'y' : 'ies'}`);
    parts.push(['# Storylines', '', ...lines, ''].join('\n'));
  }
  if (parts.length === 0) return `No stories: ${report.articles.length} article(s) analysed.\n`;
  return parts.join('\n---\n\n');
}
