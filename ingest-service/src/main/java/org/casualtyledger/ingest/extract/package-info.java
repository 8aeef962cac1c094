/**
 * Claim extraction: every casualty figure of a report as a {@link org.casualtyledger.claim.Claim}, in plain Java.
 *
 * <p>Pipeline per report: {@link org.casualtyledger.ingest.extract.Tokenizer} (one pass, canonical lower-case
 * words) → {@link org.casualtyledger.ingest.extract.SentenceSplitter} (headline lines marked) → per sentence
 * {@link org.casualtyledger.ingest.extract.NumberReader} (digits, ICU4J spelled-out numbers, vague amounts, ranges,
 * qualifiers) → {@link org.casualtyledger.ingest.extract.NounPhraseReader} (who is counted) →
 * {@link org.casualtyledger.ingest.extract.OutcomeFinder} (active verb or outcome noun before, passive or state
 * after, rising tolls) → breakdowns, conjuncts, groups, perpetrators → {@link
 * org.casualtyledger.ingest.extract.OneVictim} (one person named without a figure) → {@link
 * org.casualtyledger.ingest.extract.SentenceRules} (running totals, periods, provisional tolls) → places and dates →
 * {@link org.casualtyledger.ingest.extract.Restatements} (headlines, repeats, updates, vague summaries).
 *
 * <p>Conventions: vague amounts take the values of docs/reading-rules.md (several 3, half a dozen 6, a dozen 12, dozens/tens 24,
 * scores 40, hundreds 200; also a few 3, numerous 4, multiple 3, thousands 2000), qualifier VAGUE, with an upper
 * bound where the word sets one (vague.tsv). "about N" is best N with a 10 % band ({@code CountRange.ABOUT_BAND}).
 * "up to N" is low 0, best N. A running total needs a cue: "rose to N the number of", "since" + a date,
 * "so far"/"in total" with "this year", a pluperfect "had executed", a perfect-tense toll that names the war, a
 * figure of 10,000 or more in any tense, or a period of weeks, months or years ("in the past two weeks", "a month
 * of fighting"); hours, days and "separate attacks" stay incidents. A figure of "other", "additional", "more" people
 * or people "also" killed never restates; a plural vague amount never restates one person; EXECUTED and KILLED are
 * one toll for restatements, and the evaluation's "killed" counts both (eval/DocumentFigures). Headline style: two
 * figures paired with their own participles ("12 villagers killed 30 injured") keep them (PairedParticiples); a title
 * run into the text (outcome word capitalized mid-sentence at the top) restates an equal body figure (TitleHeadline);
 * a passage printed twice restates word for word; an added figure that completes the lead's toll exactly is its last
 * part (LeadAndDetails). The wounded whose deaths raised a toll told in the same sentence ("rose to nine after two of the
 * wounded died") are a part of it (toll-rise-part). Toll boundaries: a death told after the toll ("later died of his wounds", "taken to
 * hospital, where one died") adds to it (later-death); a sentence opening "Separately", "In a separate attack", "In
 * another incident", "Later that day" adds its own toll (separate-incident); "since the weekend"/"since Friday" keep
 * a perfect-tense toll an incident (days-since); "took to N the number of" and "in this month alone", "for the first
 * six months", "so far across the country" are running totals; a later sentence dated before the lead ("In March",
 * "last month", "an earlier raid", another weekday opening its clause) tells another incident, never a part or an
 * update of the lead's toll (earlier-incident). A bound told once ("more than 40") gives way to a later figure of the toll above it ("43 died",
 * refined-toll). Repeats: a later "put the death toll at N" right
 * after the lead re-estimates its toll (toll-estimate); a figure told again after a reporting verb in one sentence restates it
 * (reported-repeat); "the death of another ..." never restates. Victims: companions after a comma or a second verb, counted kin after a
 * possessive ("killed a herder and his two sons", coordinated-kin; no word a figure counts is one more companion; a companion with a participle of its own, "his
 * wife wounded", is none: companion-own-predicate), "one" in a figure's complement ("three members of one family",
 * one-in-complement) counts nobody, "a family of five" counts five (family-of-n), the set a part is
 * taken from ("three of the 12 passengers", "Of the 12 passengers, three ...") counts nobody (partitive-whole), and every number of
 * a list after "aged" is an age (age-list), digits in a place's name ("at the
 * Kanto 4 market") count nobody (number-in-name), "shot a guard,
 * wounding him" takes the participle's outcome for the one victim (shot-then-outcome),
 * a body found (body-found), a subject before a relative clause, a bare title ("former chairperson"), a capture
 * participle after a killing verb's object (captive-killed); the person whose comrades a subject figure counts
 * ("the commander alongside nine of his comrades", leader-and-comrades); "N were among M killed" is a part of the M
 * (among-toll); an aircraft "shot down" is no victim. Every claim names its rule ({@code Claim.rule()}); word lists are data files under
 * {@code extract/} on the classpath; the gazetteer (gazetteer-sy.tsv) carries its attribution.
 *
 * <p>Bulletin structure: a figure joined by "along with", "as well as" shares the verb of the figure before it and
 * keeps its own group (AccompanyingFigure, en/accompanying.txt); a list after a colon announced by "as follows" breaks
 * down the figure before it (AnnouncedList, en/list-announcers.txt); "during" a named month or year makes a running
 * total anywhere in the clause (named-period); a restating figure takes the scope of the toll it restates
 * (RestatedScope); the rising toll of one named event stays an incident (IncidentToll); a breakdown named by a kind
 * of person takes its total's group (BreakdownGroup); a figure of a later paragraph, not larger than the lead's
 * toll, is a toll of its own (Paragraphs, other-paragraph); a figure published before breaks down nothing of this
 * report (published-before).
 *
 * <p>Victim groups: soldiers, police, guards and security personnel are SECURITY_FORCES (people.tsv, groups.tsv),
 * the party of a named state when the report says whose (SecurityForces: "Syrian soldiers" are SYRIAN_REGIME);
 * militants, rebels and gunmen stay FIGHTERS; members of an armed body ("members of the Rapid
 * Support Forces", "of a local militia", armed-words.tsv kind BODY) are its combatants (members-of-armed-body); one victim of
 * "killed the gunman" is a fighter (one-victim-object-group); a leader is a fighter only with an armed modifier (armed-leader);
 * former members are PEOPLE (former-members); a bare figure takes the group of its predicate ("of whom four were
 * policemen", copula-group), "Among those killed, ...", "Among them were ..." or "Of the 15 people killed, ..." breaks the earlier toll down
 * (among-the-victims), a list after a colon or dash breaks the figure before it down or, after an object
 * that counts nobody ("two families - four children and four parents"), counts the victims itself (list-breakdown), a
 * breakdown of a repeated toll breaks down its first telling (restated-parent), "the dead
 * included" names the killed, and a subordinate clause ends the counted phrase (clause-break). A proper name of several capitalized words is one modifier of the counted noun ("five Holy Mount Zion
 * church members", proper-name-modifier), so its head noun, not a conjunct before it, names the group. The evaluation's
 * WAD figure counts only the non-combatants among them (eval/NonCombatantFigures).
 *
 * <p>Limits: texts are read up to {@link org.casualtyledger.ingest.extract.ClaimExtractor#MAX_TEXT_CHARS}; clause
 * windows are bounded, so the work is linear in the text; evidence sentences longer than 1,200 characters are cut
 * to a window around the claim.
 */
package org.casualtyledger.ingest.extract;
