/** Local names of places: `name_<language>` properties of story features (`name_fa`). Pure. */

/** A local name's property: `name_` and a language tag (`name_fa`, `name_pt-BR`). */
export const LOCAL_NAME_KEY = /^name_([a-z]{2,3}(?:-[A-Z]{2})?)$/;

/** A feature's local names, by language ("ar" → "القاهرة"), in the order the feature gives them. */
export function localNames(properties: Readonly<Record<string, unknown>>): [lang: string, name: string][] {
	return Object.entries(properties).flatMap(([key, value]) => {
		const lang = LOCAL_NAME_KEY.exec(key)?.[1];
		return lang && typeof value === 'string' ? [[lang, value] as [string, string]] : [];
	});
}

/** A feature's name in `lang`: its own name in the story's language, else its local name, if any. */
export function nameIn(
	properties: Readonly<Record<string, unknown>> & { name: string },
	lang: string,
	storyLang: string
): string | undefined {
	if (lang === storyLang) return properties.name;
	const local = properties[`name_${lang}`];
	return typeof local === 'string' ? local : undefined;
}
