import { describe, expect, it } from 'vitest';
import { learningSchema } from '../../../src/schemas/learning';
import { serviceSchema } from '../../../src/schemas/services';
import { readYaml } from '../../support/content-files';
import { bankSkills } from '../../support/quiz-bank';

const learning = learningSchema.parse(readYaml('learning.yaml'));

describe('content/learning.yaml', () => {
  it('names only skills of the quiz, and gives every skill at least one free course', () => {
    const skills = bankSkills.map((skill) => skill.id);
    expect(learning.courses.map((course) => course.skill).filter((skill) => !skills.includes(skill))).toEqual([]);
    expect(skills.filter((skill) => !learning.courses.some((course) => course.skill === skill))).toEqual([]);
  });

  it('refuses a course of an unknown provider and a third course for one skill', () => {
    const [provider] = learning.providers;
    const course = { skill: 'numbers', provider: provider?.id ?? '', look: { th: 'บัญชี', en: 'accounts' } };
    expect(learningSchema.safeParse({ ...learning, courses: [{ ...course, provider: 'nobody' }] }).success).toBe(false);
    expect(learningSchema.safeParse({ ...learning, courses: [course, course, course] }).success).toBe(false);
    expect(learningSchema.safeParse({ ...learning, courses: [course, course] }).success).toBe(true);
  });
});

describe('content/services.yaml', () => {
  const services = (readYaml('services.yaml') as unknown[]).map((service) => serviceSchema.parse(service));

  it('reaches each service by an https address or a phone number, never both, with a note of when it was checked', () => {
    expect(services.length).toBeGreaterThan(0);
    const [first] = services;
    expect(serviceSchema.safeParse({ ...first, url: 'http://www.doe.go.th' }).success).toBe(false);
    expect(serviceSchema.safeParse({ ...first, phone: '1694' }).success).toBe(false);
    expect(serviceSchema.safeParse({ ...first, checked: 'last year' }).success).toBe(false);
  });
});
