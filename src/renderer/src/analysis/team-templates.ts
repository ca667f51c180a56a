import { z } from 'zod';
import { TemplateSchema, type AnalysisTemplate } from '../../../shared/analysis/analysis-template';
import type { SitrepDatabase } from '../data/db';

/*
 * The team's own analysis templates, kept as one row of the settings table (so backups carry them) under a
 * key of their own. A row this build cannot read counts as no templates rather than breaking the panel.
 */
const KEY = 'analysisTemplates';
const TeamTemplatesSchema = z.array(TemplateSchema).max(20);

export async function readTeamTemplates(db: SitrepDatabase): Promise<AnalysisTemplate[]> {
  const parsed = TeamTemplatesSchema.safeParse((await db.settings.get(KEY))?.value);
  return parsed.success ? parsed.data : [];
}

export async function saveTeamTemplates(db: SitrepDatabase, templates: AnalysisTemplate[]): Promise<void> {
  await db.settings.put({ key: KEY, value: TeamTemplatesSchema.parse(templates) });
}
