import { topicsOf, askedTopics } from '../src/nlu/topics.js';
import { loadRegistry } from '../src/engine/registry.js';
for (const t of ['瓦工手艺没得挑','活干得细，设计也好看']) console.log(t, [...topicsOf(t,'zh-CN')]);
console.log([...askedTopics(loadRegistry().get('renovation','zh-CN').listens.get('quality')!.prompt,'zh-CN')]);
console.log([...askedTopics(loadRegistry().get('renovation','zh-CN').listens.get('site_safety')!.prompt,'zh-CN')]);
