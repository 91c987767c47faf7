/**
 * Text patterns for page furniture that sits among body lines. General lexicons only,
 * in the languages news pages commonly come in.
 */

/** Whole-line ad markers and "continues below" notices. */
export const AD_MARKER =
  /^(?:advertisement|advertising|advert|ads?|sponsored(?: content)?|anzeige|werbung|publicidade|publicidad|pubblicità|publicité|iklan|реклама|광고|広告|(?:story|article|text|content) continues? (?:below|after (?:the )?(?:ad(?:vertisement)?|this))|continue reading (?:below|the main story|after (?:the )?ad(?:vertisement)?)|scroll to continue(?: with content)?|skip (?:to|past) (?:content|ad(?:vertisement)?)|skip advertisement)[\s.:!]*$/i

/** Lines that introduce a link to another story. */
export const READ_MORE =
  /^[[(]?\s*(?:read (?:more|also|next|the full story)|related(?: (?:stories|story|articles?|posts?|news|content|coverage|reading|links?|video))?|see (?:also|more)|also (?:read|see|on [\w.-]+)|more (?:on|from|about|stories|news|reading)(?: this)?|recommended(?: for you| reading| stories)?|you (?:may|might) (?:also )?(?:like|be interested(?: in)?|enjoy)|don'?t miss|must read|watch(?: now| next)?|top stories|popular(?: now| stories)?|trending(?: now)?|what to read next|further reading|in other news|previously|next up|up next|leia (?:também|mais)|veja (?:também|mais)|saiba mais|lee (?:también|más)|lire aussi|à lire aussi|lesen sie auch|mehr zum thema|leggi anche|baca juga|читайте также|관련 ?기사|関連記事)\b\s*(?:[:|»>›\-–—]|\.{3}|$)/i

/** Section headings that open a list of other stories, or the end of the article proper. */
export const FURNITURE_HEADING =
  /^(?:related\b|more (?:stories|news|from|on|in|about|articles|videos|coverage|headlines|to (?:read|explore|watch))\b|recommended|popular (?:now|stories|articles|posts|news)|trending|most (?:read|popular|viewed|shared|watched)|latest (?:news|stories|headlines|videos|articles|posts)|recent (?:posts|stories|articles|news)|top (?:stories|news|headlines|videos)|also (?:read|on|see)|further reading|other (?:stories|news|articles)|you (?:may|might)|editors?'? picks?|what to read|in case you missed|around the web|from (?:the web|our partners)|sponsored|promoted|share (?:this|the)\b|comments?$|leave a (?:comment|reply)|tags?:?$|topics?:?$|filed under|categories|about the author|newsletters?\b|sign up\b|subscribe\b|follow us|read next|up next|explore more|don'?t miss|more\s*:?$|more\b.{0,30}\b(?:stories|news|articles|reads|coverage|videos)$)/i

/** Caption and credit lines: "Photo: …", "(Image: © …)", "… /Getty Images", "Credit…". */
export const CREDIT_LINE =
  /^[[(]?\s*(?:(?:photo|image|picture|foto|fotografia|illustration|photograph|credit|source|courtesy|crédito|créditos|bild|quelle|sumber|фото|사진|写真)(?:s|grafia)?(?: credit| caption| copyright| by| source)?\s*(?:[:©|/]|\.{2,}|…)|©|\(c\)\s|copyright\s*(?:©|\(c\)|\d{4})?|image copyright|image caption|file photo|getty images|ap photo|reuters)/i

/** Photo agencies and credit tails that end a caption. */
export const CREDIT_TAIL =
  /(?:getty images?|shutterstock|istock(?:photo)?|ap photo(?:\/[^)]*)?|associated press|reuters(?:\/[\w .-]+)?|afp(?: via getty images)?|epa(?:-efe)?|alamy|pa (?:wire|images)|bloomberg|\bnasa\b|wikimedia(?: commons)?|handout|file photo|courtesy(?: of)? [\w .]+|the new york times|via [\w .]+)\s*[)\]]?\s*\.?$/i

/** "By Jane Doe", "Por …", "Von …": an author line. */
export const BYLINE =
  /^(?:by|written by|posted by|reported by|words by|story by|text by|por|par|von|di|oleh|de|door|av|af|автор|글|記者)\s*[:-]?\s+\p{Lu}/iu

/** Wire-service credits at the foot of a story. */
export const CONTRIB_LINE =
  /(?:^[\p{Lu}][\p{L}.'-]+(?: [\p{Lu}][\p{L}.'-]+){0,3}(?:,? and [\p{Lu}][\p{L}.'-]+(?: [\p{Lu}][\p{L}.'-]+){0,3})? contributed (?:reporting|to this (?:report|story|article))|^[[(]?(?:(?:additional )?reporting by|editing by|writing by|compiled by|edited by|with reporting (?:by|from)|contributed (?:to )?(?:this )?report(?:ing)?|the associated press contributed|source:\s|sources?:\s*(?:agencies|news agencies|reuters|ap|afp)|\(?with (?:inputs|agency inputs)))/iu

/** Newsletter, subscription, app and follow prompts. */
export const PROMPT =
  /(?:sign(?:ing)? up (?:for (?:our|the|a|free)\b[^.]{0,40}?(?:newsletters?|e-?mails?|alerts|updates|digest)|here|now|today|to (?:receive|get))|subscribe (?:to (?:our|the)\b|now|today|here)|^subscribe$|newsletters?\b|(?:in|to) your inbox|delivered (?:to you|weekday|daily|every)|follow (?:us|him|her|them|@|\w+ on (?:twitter|facebook|instagram))|like us on facebook|download (?:the|our) (?:free )?app|get the [\w ]+ app|click here (?:to|for)|share (?:this|it|on)|share with a friend|have a (?:news )?tip\b|send us (?:a tip|your)|contact (?:the )?(?:author|reporter|us) at|email (?:the author|us at|him at|her at)|we (?:want to|'d like to) hear from you|let us know (?:what you think|in the comments)|join (?:the|our) (?:conversation|discussion|community|forums?)|tell us what you think|this (?:post|article|page) (?:may contain|contains) affiliate|we may (?:earn|receive) (?:a )?(?:commission|compensation)|affiliate links?|cookies? (?:to|policy)|all rights reserved|requires javascript|enable javascript|javascript (?:is )?(?:disabled|required)|reproduction (?:in whole or in part|without permission)|may not be (?:published|reproduced|republished)|무단전재|無断転載)/i

/** Share-bar and widget words; a line made only of these is a widget. */
export const WIDGET_WORDS =
  /^(?:(?:share|tweet|pin|email|e-mail|print|copy(?: link)?|link copied|copied|facebook|twitter|linkedin|whatsapp|reddit|pinterest|messenger|telegram|flipboard|comments?|\d+ comments?|reply|save|saved|bookmark|listen|play|close|open|menu|search|more|next|previous|prev|back to top|top|home|login|log in|sign in|register|caption|hide caption|toggle caption|expand|collapse|view (?:gallery|comments|all|more)|read more|show more|load more|see all|zoom|fullscreen|full screen|enlarge|image \d+ of \d+|\d+ of \d+|\d+\/\d+|[|•·/\\\-–—>]|view author archive|email the author|get author rss feed|contact (?:the )?author|follow)[\s|•·:,.!]*)+$/i

/** Comment-section headings and counters. */
export const COMMENTS_LINE =
  /^(?:\d+\s+)?(?:comments?|responses?|replies|discussion|reader comments|leave a (?:comment|reply)|post (?:a )?comment(?: \(\+\))?|add (?:a )?comment|join the discussion|comentários?|comentarios?|kommentare?|commenti|commentaires?|komentar|комментарии)(?:\s*\(\d+\))?[\s:.!]*$/i

/** Reading-time and view counters. */
export const COUNTER_LINE =
  /^(?:\d+\s*(?:min(?:ute)?s?|minutos?)\s*(?:read|de leitura|de lectura|lesezeit|lettura)?|(?:reading time|tempo de leitura|tiempo de lectura|lesezeit|estimated reading time)\s*[:-]?\s*\d+\s*\w*|[\d.,]+\s*(?:views|reads|shares|letture|visualizações)|(?:views|shares)\s*[:-]?\s*[\d.,]+)[\s.]*$/i

/** A caption that ends with its credit in brackets: "… (AP Photo/Jane Doe)". */
export const TRAILING_CREDIT =
  /[[(]\s*(?:(?:AP|AFP|EPA|PA|Reuters|REUTERS|Getty|GETTY|Xinhua|Bloomberg)(?: Photo| Images)?\s*\/[^)\]]*|(?:AP|AFP) Photo[^)\]]*|(?:[Pp]hoto|PHOTO|[Ii]mage|IMAGE|[Pp]icture|[Ff]oto|FOTO|[Cc]redit|CREDIT|[Ii]llustration|[Pp]hotograph)s?(?: [Cc]redit| by)?\s*[:/©][^)\]]*)[)\]]\s*\.?$/

/** Text that names a link target rather than reading as prose. */
export const URL_TEXT = /^(?:https?:\/\/|www\.)\S+$|^[\w-]+(?:\.[\w-]+)+(?:\/\S*)?$/i

/** "Jane Doe is a reporter at …": the author's note at the foot of a story. */
export const AUTHOR_NOTE =
  /^(?:[\p{Lu}][\p{L}.'’-]+ ){1,3}(?:is|was|has been|covers|writes)\b.{0,100}\b(?:reporter|writer|editor|correspondent|columnist|contributor|journalist|author|producer|curator|intern|analyst|freelancer?|blogger|critic|photographer|anchor|host)\b/u
