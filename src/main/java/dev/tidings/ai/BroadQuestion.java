package dev.tidings.ai;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The broad questions a reader puts to any report, whatever it is about: what happens next, how
 * people took it, whether anyone is against it, whose fault it is, why it matters, what could go
 * wrong, whether it has happened before, what it means for someone, what is being done about it.
 * None of them names what answers it; each is answered by the sentences that do one job in a news
 * report (the next step, the reaction, the cause, the stakes, the risk, the precedent, the
 * consequence, the response), and those are found by the words that do that job ({@link #cue}).
 *
 * <p>A question of a kind may add who it asks about ("how did investors react?", "what does it mean
 * for renters?", "what is the government doing?": {@link Asked#who}) and what ("what's next for the
 * deal?": {@link Asked#about}).
 */
enum BroadQuestion {
    /* "What happens next?", "what's next for the deal?", "what now?", "what comes after this?" */
    NEXT(
            "^(?:what(?:['’]?s| is| will)?(?: (?:happen|happens|happening|come|comes|coming))? (?:next|now)"
                    + "|what (?:comes|happens) after (?:this|that|it)|what(?:['’]?s| is| are)? the next steps?"
                    + "|what(?:['’]?s| is) coming(?: up)?|where (?:does|do|will) (?<about6>.+?) go from here)\\b(?<about>.*)$",
            // a step to come: "next", "is due to", "is expected to", "plans to", "now passes to", "in two weeks"
            "\\bnext\\b(?! to\\b| door\\b)|\\b(?:is|are|was|were) due\\b|\\bdue (?:in|on|by|before|within|next)\\b"
                    + "|\\b(?:is|are|was|were) expected to\\b|\\bexpects? (?:to|the|it|a|an)\\b"
                    + "|\\b(?:is|are) (?:set|scheduled|likely|to be)\\b|\\b(?:plans?|hopes?|aims?|intends?) to\\b"
                    + "|\\b(?:will|must) now\\b|\\bnow (?:passes|goes|moves|heads|faces|has to|must)\\b"
                    + "|\\b(?:in|within) (?:a|two|three|four|five|six|several|a few|\\d+) (?:days?|weeks?|months?|fortnight)\\b"
                    + "|\\b(?:in|within|over) the (?:coming|next) (?:\\w+ )?(?:days?|weeks?|months?|years?)\\b"
                    + "|\\bbefore the (?:summer|winter|autumn|spring|end)\\b"
                    + "|\\blater (?:this|today|in)\\b|\\bcould follow\\b|\\bfrom next\\b|\\blikely to be\\b"
                    + "|\\bwill (?:decide|vote|meet|resume|begin|start|open|close|return|continue|publish|consider"
                    + "|examine|review|launch|take effect|come into force|have to|need to|be)\\b",
            "\\bwill\\b|\\bwould\\b|\\bcould\\b|\\bshould\\b|\\bcoming\\b|\\bremains? to be seen\\b"),
    /* "How did people react?", "what's the reaction?", "what do the unions say?", "how did the market take it?" */
    REACTION(
            "^how (?:did|do|does|have|has|are|is|were|was|will|would) (?<who>.+?) (?:react|reacted|reacting|respond"
                    + "|responded|responding|take it|take the news|taken it|taking it|taking the news|feel about it)\\b"
                    + "(?<about>.*)$"
                    + "|^what(?:['’]?s| is| was| are| were| has been)? the (?:reaction|reactions|response)\\b(?<about2>.*)$"
                    + "|^what(?:['’]?s| do| did| does| are| is| have| has) (?<who2>(?:the )?(?:people|locals|residents|critics"
                    + "|opposition|opposition parties|politicians|unions?|investors|markets?|passengers|fans|public"
                    + "|experts|others|everyone|anyone|renters|tenants|staff|workers|customers|shoppers|voters"
                    + "|(?:other )?(?:scientists|researchers|economists|analysts|doctors|lawyers)|audiences?))"
                    + " (?:say|said|saying|think|thought|make of it|made of it|feel)\\b(?<about3>.*)$",
            "\\b(?:welcom\\w*|criticis\\w*|criticiz\\w*|condemn\\w*|prais\\w*|hail\\w*|slamm?\\w*|blast\\w*|attacked"
                    + "|accus\\w*|denounc\\w*|dismiss\\w*|applaud\\w*|cheer\\w*|celebrat\\w*|protest\\w*|objected|objecting|objections?"
                    + "|react\\w*|responded|responding|describ\\w* (?:it|the \\w+|them|this) as|thank\\w*|angry|anger|furious|fury|outrag\\w*|dismay\\w*|disappoint\\w*|relie(?:f|ved)"
                    + "|delight\\w*|thrilled|unimpressed|impressed|sceptic\\w*|skeptic\\w*|critical|critics?|backlash"
                    + "|calling it|called it|described it|unhappy|upset|pleased|laugh\\w*|gasp\\w*|boo(?:ed|ing)|jeer\\w*|applause|chant\\w*|walked out|greatest|humiliat\\w*|cried|crying|tears|fell|rose|jumped"
                    + "|slid|slumped|plunged|soared)\\b",
            "\\b(?:said|says|told|added|argued|insisted|warned|urged|called|described)\\b|[\"“”]"),
    /* "Is anyone against it?", "who is against it?", "is everyone happy with the deal?" */
    AGAINST(
            "^(?:is|are) (?<who>anyone|anybody|someone|there anyone|people|everyone|everybody|they|all|[\\p{L} ]+?)"
                    + " (?:against|opposed to|unhappy (?:with|about)|angry (?:with|about)|happy (?:with|about)"
                    + "|pleased (?:with|about)|ok with|okay with|on board)\\b(?<about>.*)$"
                    + "|^who(?:['’]?s| is| are| was| were)? (?:against|opposed to|opposing|opposes|opposed|unhappy"
                    + "|angry|critical of|criticising|criticizing|criticised|criticized|objecting to|objects to)\\b"
                    + "(?<about2>.*)$"
                    + "|^(?:does|do) (?:everyone|everybody|anyone|anybody|people) (?:agree|like it|oppose)\\b(?<about3>.*)$"
                    + "|^(?:did|does|has|have|do) (?:anyone|anybody|someone|people) (?:object|oppose|complain|criticise"
                    + "|criticize|protest|question)\\w*\\b(?<about5>.*)$"
                    + "|^(?:any |(?:is|was|has) there (?:been )?(?:any )?)(?:criticism|opposition|pushback|backlash|objections?"
                    + "|controversy|anything wrong with)\\b"
                    + "(?<about4>.*)$",
            "\\b(?:criticis\\w*|criticiz\\w*|condemn\\w*|oppos(?:e|ed|es|ing|ition|ents?)|against(?! \\d)|objected|objecting"
                    + "|objections?|objects to|protest\\w*|questioned (?:whether|the)|angry|anger|furious"
                    + "|outrag\\w*|accus\\w*|attacked|slamm?\\w*|dismiss\\w*|reject\\w*|humiliat\\w*|unimpressed"
                    + "|not impressed|isn't impressed|sceptic\\w*|skeptic\\w*|critics?|disappoint\\w*|calling it"
                    + "|called it|unhappy|furious|warn\\w*|complain\\w*|too (?:close|far|little|much|late)|worr\\w+|concern\\w*"
                    + "|campaigners?|controvers\\w*|half-hearted)\\b",
            "\\b(?:said|says|argued|insisted|but|however)\\b"),
    /* "Whose fault is it?", "who's to blame?", "what went wrong?", "who is responsible?" */
    BLAME(
            "^(?:whose fault (?:is|was) (?:it|this|that)|whose fault|who(?:['’]?s| is| was| are| were)? (?:to blame"
                    + "|responsible|at fault)|what (?:actually |exactly |really )?went wrong)"
                    + "\\b(?<about>.*)$",
            "\\b(?:blam\\w*|fault\\w*|responsib\\w*|caus\\w*|error\\w*|mistake\\w*|flaw\\w*|negligen\\w*"
                    + "|failed to|failure|failing|not protected|unprotected|had been warned|were warned|was warned"
                    + "|should have|postponed|shrunk|the result of|led to|lapse\\w*|bug|misconfigur\\w*"
                    + "|instead|accus\\w*|pointed to)\\b",
            // "because" gives a reason for anything ("the number matters because …"), not a fault
            "\\b(?:not|never|without|despite|cuts?|warned|allowed|because)\\b"),
    /* "Why does it matter?", "why is this a big deal?", "why should we care?" */
    MATTERS(
            "^(?:why (?:does|do|did|would|should|is|are|was|were)\\b.*?\\b(?:matter|matters|important|significant"
                    + "|big deal|a big deal|such a big deal|care|newsworthy|mean so much|means so much)|what(?:['’]?s| is) (?:the )?(?:significance"
                    + "|big deal|importance)|why (?:should|would) (?:i|we|anyone|people|you) care)\\b(?<about>.*)$",
            // what sets it apart: the first of its kind for years, the most of something yet, one of
            // a handful, a record, a symbol; what it would make possible
            "\\bthe first\\b[^.,;]*\\b(?:since|ever|of its kind|in \\d+ years)\\b|\\bfor the first time\\b"
                    + "|\\b(?:oldest|largest|biggest|longest|highest|lowest|youngest|earliest|clearest|strongest|best|worst"
                    + "|most \\w+)\\b[^.,;]*\\b(?:yet|ever|since|on record|in (?:\\w+ ){0,2}(?:years|decades|centuries"
                    + "|history))\\b|\\bone of (?:only|the few|a handful|the (?:most|biggest|largest|strongest))\\b"
                    + "|\\b(?:record|rare|unprecedented|historic|landmark|milestone|significant|important|crucial|emblem"
                    + "|symbol|iconic|defining|breakthrough)\\b|\\bwould (?:make|help|mean|give|allow|answer|open|change)\\b"
                    + "|\\bcould (?:help|change|transform|mean|open)\\b|\\bsuggests?\\b|\\bsign yet\\b",
            "\\b(?:one of|most|more than|major|key|first|only)\\b"),
    /* "Any downsides?", "what could go wrong?", "what are the critics worried about?", "what are the risks?" */
    RISKS(
            "^(?:(?:any |are there any |were there any |what are (?:the |some )?|what were (?:the )?"
                    + "|what(?:['’]?s| is) the |is there (?:a|any) )(?:downsides?|drawbacks?|risks?|dangers?|catch|catches|problems?|concerns?"
                    + "|worries|weaknesses|weak points|flaws|cons|snags?)|what could go wrong|what (?:could|might) stop (?:it|this|them)"
                    + "|what (?:are|were|is|was) (?:the )?[\\p{L} ]+? (?:worried|concerned|afraid|nervous) (?:about|of)"
                    + "|should (?:i|we|people) (?:be )?(?:worried|concerned)|is (?:it|this|that) (?:safe|risky"
                    + "|dangerous))\\b(?<about>.*)$",
            "\\b(?:risk\\w*|danger\\w*|concern\\w*|worr\\w+|fears?|feared|warn\\w*|threat\\w*|problem\\w*|challeng\\w*"
                    + "|difficult\\w*|hard|harder|demanding|downsides?|drawbacks?|weakness\\w*|side effects?|collaps\\w*"
                    + "|fail\\w*|not yet|cannot|can't|could (?:find|lose|fail|collapse|derail|undermine|fall|end|lapse|hurt"
                    + "|harm|mean|struggle)|costly|expensive|uncertain\\w*|doubts?|caution\\w*|scaled back|fragile"
                    + "|vulnerab\\w*|unclear|no guarantee|obstacles?)\\b",
            "\\b(?:but|however|although|though|only|critics?)\\b"),
    /* "Has this happened before?", "how did we get here?", "what led to this?", "what's her background?" */
    BACKGROUND(
            "^(?:(?:has|have|did) (?:this|it|that|something like this|anything like this)(?: ever)?"
                    + " (?:happened|happen|been done|been tried|tried) before|is (?:this|it|that) the first(?: time)?"
                    + "|how did (?<about7>.{1,30}?) (?:all )?(?:start|begin|come about)"
                    + "|how did (?:we|it|they|things) get (?:here|to this)|what led (?:up )?to (?:this|it|that)"
                    + "|what(?:['’]?s| is| was) the (?:background|history|context|backstory))"
                    + "\\b(?<about>.*)$",
            "\\bnot (?:new|the first)\\b|\\bfirst\\b.*\\bsince\\b|\\bsince (?:19|20)\\d\\d\\b|\\blast time\\b"
                    + "|\\bprevious\\w*|\\bhistory\\b|\\bago\\b|\\bfor (?:decades|years|generations|centuries)\\b"
                    + "|\\bfor the first time\\b|\\bbefore\\b|\\bsince (?:a|an|the) [\\p{L}-]+(?:th|ieth)[- ]century\\b"
                    + "|\\b(?:centuries|decades|generations|years) (?:ago|old)\\b|\\bbroke out\\b|\\berupted\\b",
            "\\bin (?:19|20)\\d\\d\\b|\\bdecades?\\b|\\bearlier\\b|\\bpast\\b|\\bsince\\b|\\bhas been\\b"
                    + "|\\bhad been\\b|\\bagain\\b|\\bbegan\\b|\\bstarted\\b"),
    /* "Who is she, what's her background?", "what's his story?" */
    BIOGRAPHY(
            "^(?:(?:who(?:['’]?s| is| was) (?:she|he)\\W+)?what(?:['’]?s| is| was) (?:her|his) (?:background|story"
                    + "|history)|who(?:['’]?s| is| was) (?:she|he)(?: exactly| actually)?)\\s*[?.!]*$",
            "\\b(?:born|grew up|raised|came to|took up|studied|trained|graduated|former|formerly|career|joined"
                    + "|worked as|began|started|daughter|son of)\\b",
            "\\b(?:\\d+-year-old|aged)\\b"),
    /* "Who was hit hardest?", "who lost out most?" */
    HARDEST_HIT(
            "^who (?:was|is|were|are|got|gets|will be) (?:hit|affected|hurt) (?:the )?(?:hardest|worst|most)"
                    + "|^who (?:suffered|lost|loses|lost out|loses out|will lose) (?:the )?most|^who(?:['’]?s| is| was| were)"
                    + " (?:the )?(?:worst|hardest|most) (?:hit|affected)\\b(?<about>.*)$",
            "\\b(?:worst|hardest|most|badly|severely) (?:hit|affected)\\b|\\bfared worse\\b|\\bhit hardest\\b"
                    + "|\\bbiggest los\\w*|\\bsuffered most\\b|\\bworse (?:still|off)\\b",
            "\\b(?:worst|hardest|most)\\b"),
    /* "What does it mean for renters?", "how will this affect me?", "who is affected?" */
    AFFECTED(
            "^(?:what (?:does|do|did|will|would|could) (?:this|it|that|all this|the [\\p{L}-]+(?: [\\p{L}-]+)?) mean"
                    + "(?: for (?<who>.+?))?|how (?:does|do|did|will|would|could|is|are) (?:this|it|that|the [\\p{L}-]+)"
                    + " (?:affect|affecting|hit|hitting|impact|impacting|change things for) (?<who2>.+?)"
                    + "|who(?:['’]?s| is| are| was| were| will be)? (?:affected|hit|hurt|impacted|losing out|paying))\\s*[?.!]*$",
            "\\b(?:add\\w*|rise\\w*|rais\\w*|higher|lower|cost\\w*|pay\\w*|jobs?|employ\\w*|prices?|cut\\w*|lose\\w*"
                    + "|face\\w*|have to|must|free|delay\\w*|cancel\\w*|affect\\w*|hit|hurt|means?|repayments?|bills?"
                    + "|risen|fell|fall\\w*|wait\\w*|closed|shut|without|bann\\w*|allowed|fined|\\d[\\d,.-]*(?:-crown|-euro|-pound|-dollar)? fines?)\\b",
            "\\b(?:will|would|could|can|may)\\b|\\d"),
    /* "What should I do?", "I live in Marrow Bay, what should I do?", "how do I protect myself?" */
    ADVICE(
            "(?:^|\\W)(?:what (?:should|do|can|must) (?:i|we|people|customers|residents|you) (?:do|be doing)(?: now)?"
                    + "|(?:do|should) (?:i|we) (?:need to )?do anything|how (?:do|can|should) (?:i|we) protect (?:myself"
                    + "|ourselves))\\s*[?.!]*$",
            // advice: a sentence that tells the reader what to do ("Never give anyone …", "Stay away from …")
            "^(?:[\"“‘'(]\\s*)?(?:never|don't|do not|always|watch|turn|keep|check|stay|follow|call|change|use|avoid"
                    + "|make sure|be (?:wary|careful|alert)|report|contact|ignore|beware|look out|set up|switch|update)\\b"
                    + "|\\b(?:should|are (?:advised|urged|asked|told) to|is (?:advised|urged|asked) to|advice is"
                    + "|the practical advice|anyone who|if you)\\b",
            "\\b(?:you|your)\\b"),
    /* "How can I help?", "how can people help?", "what can we do?" */
    HELP(
            "^(?:how (?:can|could|do|should) (?:i|we|people|you|anyone|the public|readers) help"
                    + "|what can (?:i|we|people|you|anyone|the public) do(?: to help)?|can (?:i|we|people|you|anyone)"
                    + " help)\\b(?<about>.*)$",
            "\\b(?:donat\\w*|volunteer\\w*|anyone (?:with|who)|asked (?:people|the public|residents|anyone|everyone"
                    + "|locals) to|(?:are|is) asking (?:people|the public|residents|anyone|everyone)|appeal\\w* for"
                    + "|fundrais\\w*|charit\\w*|should (?:call|contact|report|give)|can (?:call|contact|give|donate|report))"
                    + "\\b",
            "\\b(?:call|contact|bring|give)\\b"),
    /* "What is the government doing about it?", "is anything being done?", "what are the police doing?" */
    ACTION(
            "^(?:what (?:is|are|has|have|was|were) (?<who>[\\p{L} ]+?) (?:doing|done|do)(?: about (?:it|this|that))?"
                    + "|(?:is|was|has) (?:anything|something|anyone) (?:being |been )?done(?: about (?:it|this|that))?"
                    + "|what(?:['’]?s| is) being done(?: about (?:it|this|that))?)\\s*[?.!]*$",
            "\\b(?:promis\\w*|pledg\\w*|review\\w*|inquiry|investigat\\w*|plans?|planning|asked (?:\\w+ )?to"
                    + "|requir\\w*|order\\w*|deploy\\w*|appeal\\w*|asking|urg\\w+|set up|launch\\w*|measures|steps"
                    + "|working|examin\\w*|consider\\w*|trac\\w*|search\\w*|offer\\w*|emailing|compensat\\w*|publish\\w*"
                    + "|draft\\w*|sent|called in|brought in|introduc\\w*|tighten\\w*|replac\\w*)\\b",
            "\\b(?:will|would|is to|are to|said it)\\b");

    /*
     * A group a reader asks about, and the words a report names it by: "how did the market react?" /
     * "Shares in Hollis & Grant fell 8.3 per cent"; "what is the government doing?" / "The culture
     * minister, Petra Lind, has promised a review".
     */
    private static final List<Map.Entry<String, String>> GROUPS = List.of(
            Map.entry(
                    "politicians",
                    "politician|minister|government|opposition|party|parliament|mps?|leader"
                            + "|spokes(?:man|woman|person)|mayor|councillors?|senators?|lawmakers?"),
            Map.entry("government", "government|minister|ministry|ministers|officials|prime minister|cabinet|state"),
            Map.entry("police", "police|officers?|detectives?|inspector|investigators?|constable"),
            Map.entry("market", "shares?|stock|investors?|traders?|markets|exchange"),
            Map.entry("investors", "shares?|stock|investors?|traders?|markets|exchange"),
            Map.entry("opposition", "opposition|critics?"),
            Map.entry("critics", "critics?|opposition|opponents?"),
            Map.entry("locals", "residents?|locals?|villagers|neighbours|townspeople|families|people"),
            Map.entry("residents", "residents?|locals?|villagers|neighbours|townspeople|families|people"),
            Map.entry("unions", "unions?"),
            Map.entry("passengers", "passengers?|travellers?|commuters?|riders?"),
            Map.entry("fans", "fans?|supporters?|crowds?"),
            Map.entry("renters", "renters?|tenants?"),
            Map.entry("tenants", "renters?|tenants?"),
            Map.entry("shoppers", "shoppers?|customers?|consumers?|prices?|households?"),
            Map.entry("customers", "customers?|shoppers?|consumers?|users?"),
            Map.entry("mortgage", "mortgages?|loans?|borrowers?|lenders?|repayments?|homeowners?|households?"),
            Map.entry("homeowners", "mortgages?|loans?|borrowers?|lenders?|repayments?|homeowners?|households?"),
            Map.entry("patients", "patients?|hospitals?|doctors?|clinics?"),
            Map.entry("drivers", "drivers?|motorists?|cars?|traffic"),
            Map.entry("workers", "workers?|staff|employees?|jobs?|union"),
            Map.entry("staff", "workers?|staff|employees?|jobs?|union"),
            Map.entry("voters", "voters?|electorate|turnout"),
            Map.entry("families", "families|family|households?|parents|homeowners?|people"),
            Map.entry("taxpayers", "taxpayers?|public money|public purse|the state|budget"),
            Map.entry("scientists", "scientists?|researchers?|experts?|astronomers?|scholars?"),
            Map.entry("researchers", "scientists?|researchers?|experts?|astronomers?|scholars?"),
            Map.entry("economists", "economists?|analysts?"),
            Map.entry("analysts", "economists?|analysts?"),
            Map.entry("audience", "audiences?|crowds?|spectators?|viewers?|subscribers?|fans?"),
            Map.entry("town", "residents?|locals?|townspeople|people|town|community"),
            Map.entry("colleagues", "colleagues?|co-workers?|workmates?|team-?mates?|employer|staff"),
            Map.entry("workmates", "colleagues?|co-workers?|workmates?|team-?mates?|employer|staff"),
            Map.entry(
                    "authorities",
                    "authorities|government|minister|ministry|officials|regulators?|police|council|central bank|agency"));

    /* Words that name no one in particular: "how did people react?", "is anyone against it?". */
    private static final Set<String> ANYONE = Set.of(
            "people",
            "everyone",
            "everybody",
            "anyone",
            "anybody",
            "someone",
            "the public",
            "public",
            "others",
            "they",
            "them",
            "we",
            "us",
            "i",
            "me",
            "you",
            "ordinary people",
            "all",
            "there anyone",
            "folks",
            "the people");

    /* What a broad question adds that names nothing: "what comes next for him?", "why should we care here?". */
    static final Pattern OF_NO_ONE = Pattern.compile("(?i)\\b(?:for|with|about|on|of|to|in|at|the|him|her|them|it|this"
            + "|that|they|he|she|us|we|me|you|i|here|there|now|then|so|anyway|actually|exactly|really|all|then|kid|boy"
            + "|girl|lad|guy|man|woman|child|things)\\b");

    private final Pattern question;
    private final Pattern cue;
    private final Pattern hint;

    BroadQuestion(String question, String cue, String hint) {
        this.question = Pattern.compile(question);
        this.cue = Pattern.compile("(?i)" + cue);
        this.hint = Pattern.compile("(?i)" + hint);
    }

    /** A broad question read: its kind, the words of the group it asks about (null for no one in particular), and what else it names ("" if nothing). */
    record Asked(BroadQuestion kind, Pattern who, String about) {}

    /** The broad question the (lower-case, {@link QuestionKind#plain}) question is, if it is one. */
    static Optional<Asked> of(String lower) {
        for (BroadQuestion kind : values()) {
            Matcher m = kind.question.matcher(lower);
            if (m.find()) {
                String who = group(m, "who", "who2");
                Pattern group = null;
                Matcher local = who == null ? null : PEOPLE_OF_A_PLACE.matcher(plain(who));
                if (local != null && local.matches() && kind == REACTION) {
                    // "how did people in Haldor react?": a sentence on the place tells how it took it
                    // ("In Haldor, … the news was greeted with cautious relief.")
                    group = named(local.group(1));
                } else if (who != null && !ANYONE.contains(plain(who))) {
                    group = groupWords(who);
                    if (group == null && kind == REACTION) {
                        group = named(who); // "how did Castlegate react?": Castlegate, named
                    }
                    if (group == null) {
                        return Optional.empty(); // someone the question names itself: the specific rules read it
                    }
                }
                String about = group(m, "about6", "about7", "about", "about2", "about3", "about4", "about5");
                return Optional.of(new Asked(kind, group, about == null ? "" : about.strip()));
            }
        }
        return Optional.empty();
    }

    /* Whom a question asks about, without "the", "its", "local" before it. */
    private static String plain(String who) {
        return who.strip().replaceFirst("^(?:the|its|their|our|local) ", "");
    }

    /* The words a report names a group by, or null for someone the table does not know (a name: "what is Halvorsen doing?"). */
    private static Pattern groupWords(String who) {
        String plain = plain(who);
        return GROUP_WORDS.stream()
                .filter(g -> g.asked().matcher(plain).find())
                .findFirst()
                .map(Group::named)
                .orElse(null);
    }

    /* A group as a question names it ("investors"), and the words a report names it by. */
    private record Group(Pattern asked, Pattern named) {}

    /* GROUPS compiled once: a key matches its singular and plural ("fan", "fans"). */
    private static final List<Group> GROUP_WORDS = GROUPS.stream()
            .map(e -> new Group(
                    Pattern.compile("\\b" + e.getKey().replaceFirst("s$", "") + "s?\\b"),
                    Pattern.compile("(?i)\\b(?:" + e.getValue() + ")\\b")))
            .toList();

    /* "people in Haldor", "locals in Tollen", "everyone from Riverton": a place's people. */
    private static final Pattern PEOPLE_OF_A_PLACE =
            Pattern.compile("(?:people|locals|residents|everyone|folks?) (?:in|of|from|around) (?:the )?(.+)");

    /* Up to three words the question names someone by ("castlegate", "the home side"), as they stand, or null. */
    private static Pattern named(String who) {
        String plain = who.strip().replaceFirst("^(?:the|its|their|our|her|his) ", "");
        return plain.isEmpty() || plain.split(" ").length > 3 || !plain.matches("[\\p{L}\\p{N}' -]+")
                ? null
                : Pattern.compile("(?i)\\b" + Pattern.quote(plain) + "s?\\b");
    }

    /* The first of the named groups the kind's pattern has and the question filled, or null. */
    private static String group(Matcher m, String... names) {
        for (String name : names) {
            if (m.namedGroups().containsKey(name) && m.group(name) != null) {
                return m.group(name);
            }
        }
        return null;
    }

    /**
     * How well a sentence does this kind's job: 0 without a word that does it; else 2, and half a
     * point more for each other such word (two at most: "Vesper Air expects the transaction to
     * complete in the first half of next year" tells a next step more surely than "… before falling
     * back within three years"), and a quarter for a hint of it.
     */
    double cue(String sentence) {
        String lower = sentence.toLowerCase(Locale.ROOT);
        Set<String> words = new HashSet<>();
        cue.matcher(lower).results().forEach(r -> words.add(r.group()));
        if (words.isEmpty()) {
            return 0;
        }
        return 2 + 0.5 * Math.min(words.size() - 1, 2) + (hint.matcher(lower).find() ? 0.25 : 0);
    }

    /** Whether the question asks what someone did (reacted, objected, is doing), not what befell them. */
    boolean asksAnActor() {
        return this == REACTION || this == AGAINST || this == ACTION;
    }

    /**
     * Adds to each scored sentence's score its place in the text, for a next step: a step later in a
     * report is the one after those told before it.
     */
    void laterStepFirst(double[] score) {
        for (int i = 0; i < score.length && this == NEXT; i++) {
            score[i] += score[i] > 0 ? (double) i / score.length : 0;
        }
    }

    /** Where in a sentence the first word that does this kind's job, or hints at it, stands; -1 if none does. */
    int firstSign(String sentence) {
        String lower = sentence.toLowerCase(Locale.ROOT);
        Matcher c = cue.matcher(lower);
        Matcher h = hint.matcher(lower);
        int at = c.find() ? c.start() : Integer.MAX_VALUE;
        if (h.find()) {
            at = Math.min(at, h.start());
        }
        return at == Integer.MAX_VALUE ? -1 : at;
    }

    /** Whether a sentence hints at this kind's job without a word that does it ("said" for a reaction). */
    boolean hints(String sentence) {
        return hint.matcher(sentence.toLowerCase(Locale.ROOT)).find();
    }
}
